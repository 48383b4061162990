package dev.quarry.bench;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.micrometer.QuarryMetrics;
import dev.quarry.opentelemetry.QuarryTracing;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Quarry's Java and Kotlin clients on a database observed as a production service observes it:
 * the SQL log (at INFO, so statements are not written), Micrometer meters in a simple registry
 * and HikariCP's pool meters, and OpenTelemetry spans recorded by an SDK without an exporter. Its
 * pool has the size and settings of the unobserved clients' pool. Opened for each trial of the
 * O1 benchmarks, on the database of that trial.
 */
@State(Scope.Benchmark)
public class ObservedClients {
    public QuarryJavaWorkloads java;
    public QuarryKotlinWorkloads kotlin;
    private Database database;
    private OpenTelemetrySdk openTelemetry;

    @Setup(Level.Trial)
    public void open(DialectState state) {
        String dialect = state.dialect;
        openTelemetry = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
        DatabaseConfig.Builder config = DatabaseConfig.builder(BenchTargets.url(dialect))
                .name("bench-observed-" + dialect).poolSize(Clients.POOL_SIZE);
        QuarryMetrics.configure(config, new SimpleMeterRegistry());
        QuarryTracing.configure(config, openTelemetry);
        database = Database.connect(config.build());
        java = new QuarryJavaWorkloads(database);
        kotlin = new QuarryKotlinWorkloads(database);
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
        openTelemetry.close();
    }
}
