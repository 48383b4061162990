package dev.quarry.bench;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * O1 on W1: the point select with the SQL log at INFO, Micrometer metrics and OpenTelemetry tracing
 * attached (no exporter), alternating call by call with the same select without metrics and
 * tracing; {@link AlternatingTimes} holds each one's time.
 */
public class O1ObservedPointSelect {

    @Benchmark
    public long quarryJava(DialectState state, ObservedClients observed, W1PointSelect.Ids ids, AlternatingTimes times) {
        return times.both(() -> state.clients.quarryJava.pointSelect(ids.next()).age(),
                () -> observed.java.pointSelect(ids.next()).age(), 1);
    }

    @Benchmark
    public long quarryKotlin(DialectState state, ObservedClients observed, W1PointSelect.Ids ids, AlternatingTimes times) {
        int selects = W1PointSelect.SELECTS_PER_COROUTINE;
        return times.both(() -> state.clients.quarryKotlin.pointSelectsFromCoroutine(selects, ids::next),
                () -> observed.kotlin.pointSelectsFromCoroutine(selects, ids::next), selects);
    }
}
