package dev.quarry.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * W7: building a query of two joins and a six-condition AND/OR filter and rendering it to SQL,
 * without a database round trip. Exposed renders inside a transaction, opened once per thousand
 * renders. Scores count renders.
 */
public class W7RenderQuery {
    static final int RENDERS = 1_000;

    @Benchmark
    @OperationsPerInvocation(RENDERS)
    public int quarryJava(DialectState state) {
        int length = 0;
        for (int n = 0; n < RENDERS; n++) {
            length += QuarryJavaWorkloads.render(state.clients.quarry.dialect(), n % 100, "Kyoto").length();
        }
        return length;
    }

    @Benchmark
    @OperationsPerInvocation(RENDERS)
    public int quarryKotlin(DialectState state) {
        int length = 0;
        for (int n = 0; n < RENDERS; n++) {
            length += QuarryKotlinWorkloads.render(state.clients.quarry.dialect(), n % 100, "Kyoto").length();
        }
        return length;
    }

    @Benchmark
    @OperationsPerInvocation(RENDERS)
    public int exposed(DialectState state) {
        return state.clients.exposed.inTransaction(transaction -> {
            int length = 0;
            for (int n = 0; n < RENDERS; n++) {
                length += ExposedWorkloads.render(n % 100, "Kyoto").length();
            }
            return length;
        });
    }
}
