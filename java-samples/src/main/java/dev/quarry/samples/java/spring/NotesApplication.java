package dev.quarry.samples.java.spring;

import dev.quarry.jdbc.Database;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot sample: a notes service on Spring's DataSource (a SQLite file by default, see
 * {@code application.properties}), whose endpoints write through Quarry inside Spring transactions.
 */
@SpringBootApplication
public class NotesApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotesApplication.class, args);
    }

    /** Creates the table at startup; an application with migration scripts sets quarry.migrate.enabled instead. */
    @Bean
    ApplicationRunner createNotesTable(Database db) {
        return arguments -> db.inTransaction(tx -> tx.createTableIfNotExists(Notes.NOTES));
    }
}
