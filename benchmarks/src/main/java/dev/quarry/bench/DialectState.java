package dev.quarry.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The clients of the benchmarked database, opened for each trial. */
@State(Scope.Benchmark)
public class DialectState {
    @Param({"sqlite", "postgresql", "mariadb"})
    public String dialect;

    public Clients clients;

    @Setup(Level.Trial)
    public void open() {
        clients = new Clients(dialect, Integer.getInteger("quarry.bench.streamedRows", BenchData.STREAMED_ROWS));
    }

    @TearDown(Level.Trial)
    public void close() {
        clients.close();
    }
}
