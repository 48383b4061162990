package dev.quarry.spring.boot;

import dev.quarry.migrate.ExecutedMigration;
import dev.quarry.migrate.Migrator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the pending migrations of the primary database before any bean receives it, with
 * {@code quarry.migrate.enabled=true} and quarry-migrate on the classpath; the scripts are read
 * from {@code quarry.migrate.locations} ({@code classpath:db/migration} by default). A failed
 * migration fails the application's startup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Migrator.class)
@ConditionalOnProperty(prefix = "quarry.migrate", name = "enabled", havingValue = "true")
class QuarryMigrationConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quarry.spring.boot");

    @Bean
    QuarryDatabaseInitializer quarryMigrations(QuarryProperties properties) {
        QuarryProperties.Migrate settings = properties.getMigrate();
        return database -> {
            Migrator.Builder builder = Migrator.builder(database);
            settings.getLocations().forEach(builder::location);
            if (settings.getHistoryTable() != null) {
                builder.historyTable(settings.getHistoryTable());
            }
            List<ExecutedMigration> applied = builder.build().up();
            LOG.info("database '{}': {} migration(s) applied at startup from {}", database.name(), applied.size(),
                    settings.getLocations());
        };
    }
}
