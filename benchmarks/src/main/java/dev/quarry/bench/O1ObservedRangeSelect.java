package dev.quarry.bench;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * O1 on W2: about 1,000 rows by age range with the SQL log at INFO, Micrometer metrics and
 * OpenTelemetry tracing attached (no exporter), alternating call by call with the same select
 * without them; {@link AlternatingTimes} holds each one's time.
 */
public class O1ObservedRangeSelect {

    @Benchmark
    public long quarryJava(DialectState state, ObservedClients observed, W2RangeSelect.Decades decades, AlternatingTimes times) {
        return times.both(() -> rangeSelect(state.clients.quarryJava, decades.next()),
                () -> rangeSelect(observed.java, decades.next()), 1);
    }

    @Benchmark
    public long quarryKotlin(DialectState state, ObservedClients observed, W2RangeSelect.Decades decades, AlternatingTimes times) {
        return times.both(() -> rangeSelect(state.clients.quarryKotlin, decades.next()),
                () -> rangeSelect(observed.kotlin, decades.next()), 1);
    }

    private static long rangeSelect(QuarryJavaWorkloads client, int fromAge) {
        return client.rangeSelect(fromAge, fromAge + 9).size();
    }

    private static long rangeSelect(QuarryKotlinWorkloads client, int fromAge) {
        return client.rangeSelectBlocking(fromAge, fromAge + 9).size();
    }
}
