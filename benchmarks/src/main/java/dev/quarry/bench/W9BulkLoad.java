package dev.quarry.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W9: 100,000 rows inserted in one transaction, a bulk load. The JDBC baseline is one batch of the
 * one-row INSERT; on PostgreSQL Quarry sends the rows as one COPY. The table is emptied after each
 * operation, untimed.
 */
public class W9BulkLoad {

    /** W3's state with W9's rows. */
    @State(Scope.Thread)
    public static class BulkRows extends W3BatchInsert.Batch {
        public BulkRows() {
            super(BenchData.bulkLoad());
        }
    }

    @Benchmark
    public int jdbc(DialectState state, BulkRows batch) throws SQLException {
        return state.clients.jdbc.batchInsert(batch.users);
    }

    @Benchmark
    public int quarryJava(DialectState state, BulkRows batch) {
        return state.clients.quarryJava.batchInsert(batch.users);
    }

    @Benchmark
    public int quarryKotlin(DialectState state, BulkRows batch) {
        return state.clients.quarryKotlin.batchInsertBlocking(batch.users);
    }

    @Benchmark
    public int exposed(DialectState state, BulkRows batch) {
        return state.clients.exposed.batchInsert(batch.users);
    }
}
