package dev.quarry.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W6: 64 concurrent tasks of 200 point selects each over a pool of 8, one transaction per select.
 * Coroutines for the Kotlin clients; 64 threads for JDBC and the Java facade. Scores count selects.
 */
public class W6ConcurrentPointSelects {
    static final int TASKS = 64;
    static final int SELECTS = 200;

    /** The ids every client selects, and the threads of the blocking clients. */
    @State(Scope.Benchmark)
    public static class Work {
        final long[] ids = new SplittableRandom(7).longs(TASKS * SELECTS, 1, BenchData.USER_COUNT + 1).toArray();
        ExecutorService threads;

        @Setup(Level.Trial)
        public void start() {
            threads = Executors.newFixedThreadPool(TASKS);
        }

        @TearDown(Level.Trial)
        public void stop() {
            threads.shutdownNow();
        }

        long inThreads(PointSelect select) throws Exception {
            List<Callable<Long>> tasks = new ArrayList<>(TASKS);
            for (int task = 0; task < TASKS; task++) {
                int first = task * SELECTS;
                tasks.add(() -> {
                    long ages = 0;
                    for (int n = 0; n < SELECTS; n++) {
                        ages += select.byId(ids[first + n]).age();
                    }
                    return ages;
                });
            }
            long total = 0;
            for (Future<Long> result : threads.invokeAll(tasks)) {
                total += result.get();
            }
            return total;
        }
    }

    /** A blocking point select. */
    @FunctionalInterface
    interface PointSelect {
        User byId(long id) throws Exception;
    }

    @Benchmark
    @OperationsPerInvocation(TASKS * SELECTS)
    public long jdbc(DialectState state, Work work) throws Exception {
        return work.inThreads(state.clients.jdbc::pointSelect);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS * SELECTS)
    public long quarryJava(DialectState state, Work work) throws Exception {
        return work.inThreads(state.clients.quarryJava::pointSelect);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS * SELECTS)
    public long quarryKotlin(DialectState state, Work work) {
        return state.clients.quarryKotlin.concurrentPointSelects(TASKS, SELECTS, work.ids);
    }

    /** As {@link #quarryKotlin}, each transaction on its coroutine's own thread. */
    @Benchmark
    @OperationsPerInvocation(TASKS * SELECTS)
    public long quarryKotlinOnCaller(DialectState state, Work work) {
        return state.clients.quarryKotlin.concurrentPointSelects(TASKS, SELECTS, work.ids, true);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS * SELECTS)
    public long exposed(DialectState state, Work work) {
        return state.clients.exposed.concurrentPointSelects(TASKS, SELECTS, work.ids);
    }
}
