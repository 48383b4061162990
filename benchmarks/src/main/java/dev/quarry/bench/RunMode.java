package dev.quarry.bench;

import java.util.Locale;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long the benchmarks run: {@code smoke} proves each one runs (one short iteration, in this
 * JVM, on a small streamed table), {@code short} gives a first table in minutes, {@code full} is
 * the run whose numbers are reported.
 */
public enum RunMode {
    SMOKE(0, 0, 1, TimeValue.milliseconds(100), 10_000),
    SHORT(0, 1, 3, TimeValue.seconds(1), BenchData.STREAMED_ROWS),
    FULL(2, 3, 5, TimeValue.seconds(2), BenchData.STREAMED_ROWS);

    final int forks;
    final int warmupIterations;
    final int measurementIterations;
    final TimeValue iterationTime;
    final int streamedRows;

    RunMode(int forks, int warmupIterations, int measurementIterations, TimeValue iterationTime, int streamedRows) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.measurementIterations = measurementIterations;
        this.iterationTime = iterationTime;
        this.streamedRows = streamedRows;
    }

    public static RunMode named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown benchmark mode '" + name + "'; choose smoke, short or full", e);
        }
    }

    /** Applies the iteration counts and times to W1–W7. */
    ChainedOptionsBuilder throughput(ChainedOptionsBuilder options) {
        return options.forks(forks)
                .warmupIterations(warmupIterations).warmupTime(iterationTime)
                .measurementIterations(measurementIterations).measurementTime(iterationTime);
    }

    /**
     * Applies the counts to M1, each iteration one full read of the table. Outside the smoke run it
     * always forks, with a 64 MB heap.
     */
    ChainedOptionsBuilder streaming(ChainedOptionsBuilder options) {
        return options.forks(this == SMOKE ? 0 : 1)
                .warmupIterations(this == SMOKE ? 0 : 1)
                .measurementIterations(this == FULL ? 5 : this == SHORT ? 3 : 1);
    }
}
