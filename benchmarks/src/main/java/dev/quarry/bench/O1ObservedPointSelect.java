package dev.quarry.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * O1 on W1: the point select with the SQL log at INFO, Micrometer metrics and OpenTelemetry tracing
 * attached (no exporter), next to the same select without metrics and tracing, in the same run.
 */
public class O1ObservedPointSelect {

    @Benchmark
    public User quarryJava(DialectState state, W1PointSelect.Ids ids) {
        return state.clients.quarryJava.pointSelect(ids.next());
    }

    @Benchmark
    public User quarryJavaObserved(ObservedClients observed, W1PointSelect.Ids ids) {
        return observed.java.pointSelect(ids.next());
    }

    @Benchmark
    @OperationsPerInvocation(W1PointSelect.SELECTS_PER_COROUTINE)
    public long quarryKotlin(DialectState state, W1PointSelect.Ids ids) {
        return state.clients.quarryKotlin.pointSelectsFromCoroutine(W1PointSelect.SELECTS_PER_COROUTINE, ids::next);
    }

    @Benchmark
    @OperationsPerInvocation(W1PointSelect.SELECTS_PER_COROUTINE)
    public long quarryKotlinObserved(ObservedClients observed, W1PointSelect.Ids ids) {
        return observed.kotlin.pointSelectsFromCoroutine(W1PointSelect.SELECTS_PER_COROUTINE, ids::next);
    }
}
