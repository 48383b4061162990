package dev.quarry.samples.java.spring;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** The notes of the Spring Boot sample. */
public final class Notes extends Table {
    public static final Notes NOTES = new Notes();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<String> text = varchar("text", 200);

    private Notes() {
        super("notes");
        primaryKey(id);
    }
}
