package dev.quarry.spring.boot;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of Quarry: a {@link Database} bean over the application's single
 * {@link DataSource} (its dialect asked from the server), whose blocking transactions join the
 * Spring-managed transaction of their thread ({@link SpringManagedTransactions}), and a
 * {@link QuarryDatabases} bean with the databases named under {@code quarry.databases}. Closing the
 * context closes the databases and the pools Quarry created for the named ones, never the
 * application's DataSource. Each bean backs off when the application defines its own.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        afterName = {
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration"})
@ConditionalOnClass(Database.class)
@EnableConfigurationProperties(QuarryProperties.class)
@Import({QuarryMetricsConfiguration.class, QuarryTracingConfiguration.class, QuarryMigrationConfiguration.class})
public class QuarryAutoConfiguration {

    /** The primary database over Spring's DataSource, with the customizers applied and the initializers run. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DataSource.class)
    public Database quarryDatabase(DataSource dataSource, QuarryProperties properties,
            ObjectProvider<QuarryDatabaseCustomizer> customizers, ObjectProvider<QuarryDatabaseInitializer> initializers) {
        DatabaseConfig.Builder builder = DatabaseConfig.builder(dataSource);
        if (properties.getName() != null) {
            builder.name(properties.getName());
        }
        if (properties.getPoolSize() != null) {
            builder.poolSize(properties.getPoolSize());
        }
        if (properties.isJoinSpringTransactions()) {
            builder.externalTransactions(new SpringManagedTransactions(dataSource));
        }
        Database database = Database.connect(configure(QuarryProperties.PRIMARY, builder, properties, customizers));
        try {
            initializers.orderedStream().forEach(initializer -> initializer.initialize(database));
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The named databases, and the primary one if there is one. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public QuarryDatabases quarryDatabases(ObjectProvider<Database> primary, QuarryProperties properties,
            ObjectProvider<QuarryDatabaseCustomizer> customizers) {
        Map<String, Database> named = new LinkedHashMap<>();
        try {
            properties.getDatabases().forEach((name, settings) -> named.put(name, connect(name, settings, properties, customizers)));
        } catch (RuntimeException | Error e) {
            new QuarryDatabases(null, named).close();
            throw e;
        }
        return new QuarryDatabases(primary.getIfUnique(), named);
    }

    private static Database connect(String name, QuarryProperties.NamedDatabase settings, QuarryProperties properties,
            ObjectProvider<QuarryDatabaseCustomizer> customizers) {
        if (settings.getUrl() == null || settings.getUrl().isBlank()) {
            throw new IllegalArgumentException("quarry.databases." + name + ".url is missing: a named database needs"
                    + " the JDBC URL of its own pool");
        }
        DatabaseConfig.Builder builder = DatabaseConfig.builder(settings.getUrl()).name(name);
        if (settings.getUser() != null) {
            builder.user(settings.getUser());
        }
        if (settings.getPassword() != null) {
            builder.password(settings.getPassword());
        }
        if (settings.getPoolSize() != null) {
            builder.poolSize(settings.getPoolSize());
        }
        if (settings.getConnectionTimeout() != null) {
            builder.connectionTimeout(settings.getConnectionTimeout());
        }
        return Database.connect(configure(name, builder, properties, customizers));
    }

    /** The settings every database shares, then the application's and the integrations' customizers. */
    private static DatabaseConfig configure(String name, DatabaseConfig.Builder builder, QuarryProperties properties,
            ObjectProvider<QuarryDatabaseCustomizer> customizers) {
        builder.textSemantics(properties.getTextSemantics());
        if (properties.getSlowStatementThreshold() != null) {
            builder.slowStatementThreshold(properties.getSlowStatementThreshold());
        }
        if (properties.getCopyThreshold() != null) {
            builder.copyThreshold(properties.getCopyThreshold());
        }
        List<QuarryDatabaseCustomizer> ordered = customizers.orderedStream().toList();
        ordered.forEach(customizer -> customizer.customize(name, builder));
        return builder.build();
    }
}
