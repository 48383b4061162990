package dev.quarry.bench;

import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W9: 100,000 rows inserted in one transaction, a bulk load. The JDBC baseline is one batch of the
 * one-row INSERT; on PostgreSQL Quarry sends the rows as one COPY. The table is emptied after each
 * operation, untimed.
 */
public class W9BulkLoad {

    /** The rows, built once, and the emptying of the table. */
    @State(Scope.Thread)
    public static class Batch {
        final List<User> users = BenchData.bulkLoad();

        @TearDown(Level.Invocation)
        public void empty(DialectState state) {
            state.clients.setup.emptyInserted();
        }
    }

    @Benchmark
    public int jdbc(DialectState state, Batch batch) throws SQLException {
        return state.clients.jdbc.batchInsert(batch.users);
    }

    @Benchmark
    public int quarryJava(DialectState state, Batch batch) {
        return state.clients.quarryJava.batchInsert(batch.users);
    }

    @Benchmark
    public int quarryKotlin(DialectState state, Batch batch) {
        return state.clients.quarryKotlin.batchInsertBlocking(batch.users);
    }

    @Benchmark
    public int exposed(DialectState state, Batch batch) {
        return state.clients.exposed.batchInsert(batch.users);
    }
}
