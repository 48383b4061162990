package dev.quarry.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W4: in one transaction, an update of 100 accounts by a range filter and a delete of their 100
 * ledger entries by a range filter. The entries are put back before each operation, untimed; on
 * PostgreSQL the accounts are vacuumed before each iteration, so no client inherits another's dead rows.
 */
public class W4UpdateDelete {

    /** The accounts of the next operation, and their ledger entries. */
    @State(Scope.Thread)
    public static class Accounts {
        long first;

        @Setup(Level.Iteration)
        public void vacuum(DialectState state) {
            state.clients.setup.vacuumAccounts();
        }

        @Setup(Level.Invocation)
        public void refill(DialectState state) {
            first = first % (BenchData.USER_COUNT - BenchData.UPDATED_ACCOUNTS) + 1;
            state.clients.setup.refillLedger(first);
        }
    }

    @Benchmark
    public int jdbc(DialectState state, Accounts accounts) throws SQLException {
        return state.clients.jdbc.updateAndDelete(accounts.first);
    }

    @Benchmark
    public int quarryJava(DialectState state, Accounts accounts) {
        return state.clients.quarryJava.updateAndDelete(accounts.first);
    }

    @Benchmark
    public int quarryKotlin(DialectState state, Accounts accounts) {
        return state.clients.quarryKotlin.updateAndDeleteBlocking(accounts.first);
    }

    @Benchmark
    public int exposed(DialectState state, Accounts accounts) {
        return state.clients.exposed.updateAndDelete(accounts.first);
    }
}
