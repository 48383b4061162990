package dev.quarry.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P1: W1, W2 and W4 through Quarry's Java facade with one tenant row policy per table
 * ({@link PolicedClients}), alternating call by call with the same workload without policies on the
 * same pool;
 * {@link AlternatingTimes} holds each one's time (its "observed" side is the policed client).
 */
public class P1TenantPolicy {

    /** Two disjoint ranges of accounts with their ledger entries put back before each call, untimed. */
    @State(Scope.Thread)
    public static class AccountPairs {
        long first;
        long second;

        @Setup(Level.Iteration)
        public void vacuum(DialectState state) {
            state.clients.setup.vacuumAccounts();
        }

        @Setup(Level.Invocation)
        public void refill(DialectState state) {
            first = first % (BenchData.USER_COUNT - 2L * BenchData.UPDATED_ACCOUNTS) + 1;
            second = first + BenchData.UPDATED_ACCOUNTS;
            state.clients.setup.refillLedger(first);
            state.clients.quarry.inTransaction(tx -> tx.insertInto(BenchTables.LEDGER).rows(BenchData.ledgerIds(second),
                    (row, id) -> row.set(BenchTables.LEDGER.id, id).set(BenchTables.LEDGER.accountId, id)
                            .set(BenchTables.LEDGER.amount, 1)).execute());
        }
    }

    @Benchmark
    public long pointSelect(PolicedClients policed, W1PointSelect.Ids ids, AlternatingTimes times) {
        return times.both(() -> policed.plain.pointSelect(ids.next()).age(),
                () -> policed.pointSelect(ids.next()).age(), 1);
    }

    @Benchmark
    public long rangeSelect(PolicedClients policed, W2RangeSelect.Decades decades, AlternatingTimes times) {
        int from = decades.next();
        return times.both(() -> policed.plain.rangeSelect(from, from + 9).size(),
                () -> policed.rangeSelect(from, from + 9).size(), 1);
    }

    @Benchmark
    public long updateDelete(PolicedClients policed, AccountPairs accounts, AlternatingTimes times) {
        return times.both(() -> policed.plain.updateAndDelete(accounts.first),
                () -> policed.updateAndDelete(accounts.second), 1);
    }
}
