package dev.quarry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.dialect.Dialects;
import dev.quarry.dialect.TextSemantics;
import dev.quarry.jdbc.Database;
import dev.quarry.micrometer.QuarryMetrics;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the auto-configuration creates, from which properties and beans, and what it closes. */
class QuarryAutoConfigurationTest {

    /** The first column of the first row of a query, as text. */
    private static String firstValue(Database db, String sql) {
        return db.transaction(tx -> String.valueOf(tx.fetch(sql).get(0).get(0)));
    }

    @OnEveryDialect
    void aDatabaseOverSpringsDataSourceWithTheDialectOfTheServer(TestTarget target) {
        SpringContexts.on(target).withPropertyValues("quarry.name=spring-" + target.name(), "quarry.pool-size=3",
                "quarry.text-semantics=database", "quarry.slow-statement-threshold=2s", "quarry.copy-threshold=5000").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Database.class).hasSingleBean(QuarryDatabases.class);
            Database db = context.getBean(Database.class);
            assertThat(db.dialect().name()).isEqualTo(Dialects.forJdbcUrl(target.jdbcUrl()).name());
            assertThat(db.name()).isEqualTo("spring-" + target.name());
            assertThat(Database.named("spring-" + target.name())).isSameAs(db);
            assertThat(db.config().dataSource()).isSameAs(context.getBean(DataSource.class));
            assertThat(db.config().poolSize()).isEqualTo(3);
            assertThat(db.config().textSemantics()).isEqualTo(TextSemantics.DATABASE);
            assertThat(db.config().slowStatementThreshold()).isEqualTo(Duration.ofSeconds(2));
            assertThat(db.config().copyThreshold()).isEqualTo(5000);
            assertThat(db.config().externalTransactions()).isInstanceOf(SpringManagedTransactions.class);
            assertThat(context.getBean(QuarryDatabases.class).primary()).isSameAs(db);
            assertThat(firstValue(db, "SELECT 1 + 1")).isEqualTo("2");
        });
    }

    @OnEveryDialect
    void namedDatabasesGetPoolsOfTheirOwnClosedWithTheContext(TestTarget target) {
        AtomicReference<Database> reports = new AtomicReference<>();
        SpringContexts.on(target).withPropertyValues("quarry.databases.reports-" + target.name() + ".url=" + target.jdbcUrl(),
                "quarry.databases.reports-" + target.name() + ".pool-size=2").run(context -> {
            assertThat(context).hasNotFailed();
            QuarryDatabases databases = context.getBean(QuarryDatabases.class);
            Database named = databases.get("reports-" + target.name());
            reports.set(named);
            assertThat(named.config().url()).isEqualTo(target.jdbcUrl());
            assertThat(named.config().poolSize()).isEqualTo(2);
            assertThat(named.config().externalTransactions()).as("a pool of its own has no Spring transactions to join")
                    .isNotInstanceOf(SpringManagedTransactions.class);
            assertThat(firstValue(named, "SELECT 2 + 3")).isEqualTo("5");
            assertThat(databases.names()).containsExactly("reports-" + target.name());
        });
        assertThat(reports.get().isClosed()).isTrue();
    }

    @Test
    void aNamedDatabaseWithoutURLFailsTheStartupNamingTheProperty() {
        SpringContexts.on(TestTargets.get("sqlite")).withPropertyValues("quarry.databases.audit.pool-size=2").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("quarry.databases.audit.url is missing: a named database needs the JDBC URL of its own pool"));
    }

    @Configuration(proxyBeanMethods = false)
    static class ApplicationsOwnDataSource {
        /** Spring would close a pool it manages; this one stays open, so that only Quarry could close it. */
        @Bean(destroyMethod = "")
        HikariDataSource dataSource() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(TestTargets.get("sqlite").jdbcUrl());
            pool.setMaximumPoolSize(2);
            return pool;
        }
    }

    @Test
    void closingTheContextClosesTheDatabaseButNotTheApplicationsDataSource() {
        AtomicReference<Database> db = new AtomicReference<>();
        AtomicReference<HikariDataSource> pool = new AtomicReference<>();
        SpringContexts.on(TestTargets.get("sqlite")).withUserConfiguration(ApplicationsOwnDataSource.class).run(context -> {
            db.set(context.getBean(Database.class));
            pool.set(context.getBean(HikariDataSource.class));
            assertThat(db.get().internals().gate().available()).as("Quarry's share of the pool defaults to its size").isEqualTo(2);
        });
        try (HikariDataSource closedLater = pool.get()) {
            assertThat(db.get().isClosed()).isTrue();
            assertThat(closedLater.isClosed()).as("the application's DataSource is left open").isFalse();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDatabase {
        @Bean(destroyMethod = "close")
        Database ownDatabase() {
            return Database.connect(TestTargets.get("sqlite").jdbcUrl());
        }
    }

    @Test
    void anApplicationsOwnDatabaseBeanReplacesTheAutoConfiguredOne() {
        SpringContexts.on(TestTargets.get("sqlite")).withUserConfiguration(OwnDatabase.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Database.class);
            assertThat(context.getBean(Database.class).config().url()).isEqualTo(TestTargets.get("sqlite").jdbcUrl());
            assertThat(context.getBean(QuarryDatabases.class).primary()).isSameAs(context.getBean(Database.class));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Metrics {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @OnEveryDialect
    void metricsAreRecordedWhenTheContextHasAMeterRegistry(TestTarget target) {
        SpringContexts.on(target).withUserConfiguration(Metrics.class).run(context -> {
            Database db = context.getBean(Database.class);
            db.transaction(tx -> tx.fetch("SELECT 1"));
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.find(QuarryMetrics.TRANSACTION).timers().stream().mapToLong(Timer::count).sum())
                    .as("transactions timed").isEqualTo(1);
        });
        SpringContexts.on(target).withUserConfiguration(Metrics.class).withPropertyValues("quarry.metrics.enabled=false").run(context -> {
            context.getBean(Database.class).transaction(tx -> tx.fetch("SELECT 1"));
            assertThat(context.getBean(MeterRegistry.class).find(QuarryMetrics.TRANSACTION).timer()).isNull();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Tracing {
        @Bean
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }

        @Bean
        OpenTelemetry openTelemetry(InMemorySpanExporter spans) {
            return OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                    .build();
        }
    }

    @Test
    void spansAreRecordedWhenTheContextHasOpenTelemetry() {
        SpringContexts.on(TestTargets.get("sqlite")).withUserConfiguration(Tracing.class).run(context -> {
            context.getBean(Database.class).transaction(tx -> tx.fetch("SELECT 1"));
            assertThat(context.getBean(InMemorySpanExporter.class).getFinishedSpanItems()).as("spans of the transaction")
                    .isNotEmpty();
        });
    }

    @OnEveryDialect
    void migrationsRunAtStartupWhenEnabled(TestTarget target) {
        SpringContexts.on(target).withPropertyValues("quarry.migrate.enabled=true",
                "quarry.migrate.locations=classpath:db/spring-test-migration",
                "quarry.migrate.history-table=spring_test_history").run(context -> {
            assertThat(context).hasNotFailed();
            Database db = context.getBean(Database.class);
            assertThat(firstValue(db, "SELECT COUNT(*) FROM spring_migrated")).isEqualTo("1");
            db.inTransaction(tx -> {
                tx.execute("DROP TABLE spring_migrated");
                tx.execute("DROP TABLE spring_test_history");
            });
        });
        SpringContexts.on(target).run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(QuarryDatabaseInitializer.class));
    }
}
