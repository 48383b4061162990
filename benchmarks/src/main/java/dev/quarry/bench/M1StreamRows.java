package dev.quarry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * M1: all 1,000,000 rows of a table read through each client's streaming API, 1,000 at a time.
 * The runner forks it with a 64 MB heap, so finishing proves the bound; the peak heap each client
 * reached is written to the file named by {@code quarry.bench.heapFile}.
 */
@BenchmarkMode(Mode.SingleShotTime)
public class M1StreamRows {
    static final int FETCH_SIZE = 1_000;

    /** Records the peak heap of the trial. */
    @State(Scope.Benchmark)
    public static class HeapPeak {
        @Setup(Level.Trial)
        public void reset() {
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        @TearDown(Level.Trial)
        public void record(BenchmarkParams params) throws IOException {
            String file = System.getProperty("quarry.bench.heapFile");
            if (file == null) {
                return;
            }
            long peak = heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            String client = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            String line = params.getParam("dialect") + " " + client + " " + peak + System.lineSeparator();
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }

        private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
        }
    }

    @Benchmark
    public long jdbc(DialectState state, HeapPeak peak) throws SQLException {
        return state.clients.jdbc.stream(FETCH_SIZE);
    }

    @Benchmark
    public long quarryJava(DialectState state, HeapPeak peak) {
        return state.clients.quarryJava.stream(FETCH_SIZE);
    }

    @Benchmark
    public long quarryKotlin(DialectState state, HeapPeak peak) {
        return state.clients.quarryKotlin.streamBlocking(FETCH_SIZE);
    }

    @Benchmark
    public long exposed(DialectState state, HeapPeak peak) {
        return state.clients.exposed.stream(FETCH_SIZE);
    }
}
