package dev.quarry.bench;

import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W2: a filtered select of about 1,000 rows (one decade of ages), mapped to {@link User}s, and
 * decoded into {@link SerializableUser}s through kotlinx.serialization.
 */
public class W2RangeSelect {

    /** Decades of ages in turn. */
    @State(Scope.Thread)
    public static class Decades {
        private int decade;

        int next() {
            decade = (decade + 1) % 10;
            return decade * 10;
        }
    }

    @Benchmark
    public List<User> jdbc(DialectState state, Decades decades) throws SQLException {
        int from = decades.next();
        return state.clients.jdbc.rangeSelect(from, from + 9);
    }

    @Benchmark
    public List<User> quarryJava(DialectState state, Decades decades) {
        int from = decades.next();
        return state.clients.quarryJava.rangeSelect(from, from + 9);
    }

    /** The same query through {@code fetchInto(User.class)}: rows mapped to the record by column name. */
    @Benchmark
    public List<User> quarryJavaRecords(DialectState state, Decades decades) {
        int from = decades.next();
        return state.clients.quarryJava.rangeSelectIntoRecords(from, from + 9);
    }

    @Benchmark
    public List<User> quarryKotlin(DialectState state, Decades decades) {
        int from = decades.next();
        return state.clients.quarryKotlin.rangeSelectBlocking(from, from + 9);
    }

    /** The Kotlin DSL decoding each row into a {@code @Serializable} data class with {@code into<T>()}. */
    @Benchmark
    public List<SerializableUser> quarryKotlinSerializable(DialectState state, Decades decades) {
        int from = decades.next();
        return state.clients.quarryKotlin.rangeSelectSerializableBlocking(from, from + 9);
    }

    @Benchmark
    public List<User> exposed(DialectState state, Decades decades) {
        int from = decades.next();
        return state.clients.exposed.rangeSelect(from, from + 9);
    }
}
