package dev.quarry.bench;

import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times two clients alternately in one benchmark method, which client goes first changing with
 * each call, so that whatever slows the machine during an iteration slows both alike: the O1
 * ratio of an observed client to the unobserved one then compares times measured side by side,
 * not minutes apart. JMH reports the public fields as secondary results, summed over each
 * iteration; the method that times the calls is package-private so that JMH does not take it for a
 * counter.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class AlternatingTimes {
    /** Nanoseconds spent in the unobserved client during the iteration. */
    public long unobservedNanos;
    /** Nanoseconds spent in the observed client during the iteration. */
    public long observedNanos;
    /** Operations each client ran during the iteration. */
    public long operations;
    private boolean observedFirst;

    @Setup(Level.Iteration)
    public void reset() {
        unobservedNanos = 0;
        observedNanos = 0;
        operations = 0;
    }

    /** Runs one operation of each client, in alternating order; returns their combined results. */
    long both(LongSupplier unobserved, LongSupplier observed, int operationsPerCall) {
        observedFirst = !observedFirst;
        long result = observedFirst ? timeObserved(observed) + timeUnobserved(unobserved)
                : timeUnobserved(unobserved) + timeObserved(observed);
        operations += operationsPerCall;
        return result;
    }

    private long timeUnobserved(LongSupplier client) {
        long start = System.nanoTime();
        long result = client.getAsLong();
        unobservedNanos += System.nanoTime() - start;
        return result;
    }

    private long timeObserved(LongSupplier client) {
        long start = System.nanoTime();
        long result = client.getAsLong();
        observedNanos += System.nanoTime() - start;
        return result;
    }
}
