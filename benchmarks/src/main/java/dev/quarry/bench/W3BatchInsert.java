package dev.quarry.bench;

import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** W3: 10,000 rows inserted in one transaction; the table is emptied after each operation, untimed. */
public class W3BatchInsert {

    /** The rows, built once, and the emptying of the table. */
    @State(Scope.Thread)
    public static class Batch {
        final List<User> users;

        public Batch() {
            this(BenchData.insertBatch());
        }

        Batch(List<User> users) {
            this.users = users;
        }

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
