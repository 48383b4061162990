package dev.quarry.bench;

import java.sql.SQLException;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** W1: a point select by primary key, mapped to a {@link User}, in its own transaction. */
public class W1PointSelect {

    /** Ids in a fixed pseudo-random order, the same for every client. */
    @State(Scope.Thread)
    public static class Ids {
        private final SplittableRandom random = new SplittableRandom(42);

        long next() {
            return 1 + random.nextInt(BenchData.USER_COUNT);
        }
    }

    @Benchmark
    public User jdbc(DialectState state, Ids ids) throws SQLException {
        return state.clients.jdbc.pointSelect(ids.next());
    }

    @Benchmark
    public User quarryJava(DialectState state, Ids ids) {
        return state.clients.quarryJava.pointSelect(ids.next());
    }

    /** Selects made one after another from a coroutine on {@code Dispatchers.Default}, as a coroutine server makes them. */
    static final int SELECTS_PER_COROUTINE = 100;

    @Benchmark
    @OperationsPerInvocation(SELECTS_PER_COROUTINE)
    public long quarryKotlin(DialectState state, Ids ids) {
        return state.clients.quarryKotlin.pointSelectsFromCoroutine(SELECTS_PER_COROUTINE, ids::next);
    }

    /** As {@link #quarryKotlin}, the transactions on the coroutine's own thread. */
    @Benchmark
    @OperationsPerInvocation(SELECTS_PER_COROUTINE)
    public long quarryKotlinOnCaller(DialectState state, Ids ids) {
        return state.clients.quarryKotlin.pointSelectsFromCoroutine(SELECTS_PER_COROUTINE, ids::next, true);
    }

    @Benchmark
    public User exposed(DialectState state, Ids ids) {
        return state.clients.exposed.pointSelect(ids.next());
    }
}
