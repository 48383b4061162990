package dev.quarry.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * W8 side by side: each call loads one graph with the hand-written JDBC of {@link W8LoadGraph} and
 * one with a Quarry client, which of the two goes first alternating call by call;
 * {@link AlternatingTimes} holds each one's time (its "unobserved" side is JDBC). Benchmarks run
 * minutes apart see a shared machine in different states, by more than the gap W8 measures; side by
 * side, both clients see the same one.
 */
public class W8PairedGraph {

    @Benchmark
    public long quarryJava(DialectState state, W8LoadGraph.Ranges ranges, AlternatingTimes times) {
        return times.both(() -> jdbc(state, ranges.next()),
                () -> state.clients.graphs.quarryJava.load(ranges.next(), GraphData.LOADED_AUTHORS).size(), 1);
    }

    @Benchmark
    public long quarryKotlin(DialectState state, W8LoadGraph.Ranges ranges, AlternatingTimes times) {
        return times.both(() -> jdbc(state, ranges.next()),
                () -> state.clients.graphs.quarryKotlin.loadBlocking(ranges.next(), GraphData.LOADED_AUTHORS).size(), 1);
    }

    private static long jdbc(DialectState state, long first) {
        try {
            return state.clients.graphs.jdbc.load(first, GraphData.LOADED_AUTHORS).size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
