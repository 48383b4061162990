package dev.quarry.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * O1 on W2: the select of about 1,000 rows with the SQL log at INFO, Micrometer metrics and
 * OpenTelemetry tracing attached (no exporter), next to the same select without metrics and
 * tracing, in the same run.
 */
public class O1ObservedRangeSelect {

    @Benchmark
    public List<User> quarryJava(DialectState state, W2RangeSelect.Decades decades) {
        int from = decades.next();
        return state.clients.quarryJava.rangeSelect(from, from + 9);
    }

    @Benchmark
    public List<User> quarryJavaObserved(ObservedClients observed, W2RangeSelect.Decades decades) {
        int from = decades.next();
        return observed.java.rangeSelect(from, from + 9);
    }

    @Benchmark
    public List<User> quarryKotlin(DialectState state, W2RangeSelect.Decades decades) {
        int from = decades.next();
        return state.clients.quarryKotlin.rangeSelectBlocking(from, from + 9);
    }

    @Benchmark
    public List<User> quarryKotlinObserved(ObservedClients observed, W2RangeSelect.Decades decades) {
        int from = decades.next();
        return observed.kotlin.rangeSelectBlocking(from, from + 9);
    }
}
