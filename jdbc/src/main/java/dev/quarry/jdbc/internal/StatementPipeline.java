package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.hooks.Hooks;
import dev.quarry.jdbc.hooks.StatementInterceptor;
import dev.quarry.jdbc.hooks.WriteHook;
import dev.quarry.jdbc.hooks.WriteKind;
import dev.quarry.sql.ClientValidation;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The steps a statement tree passes on its way to the executor, in the order the pipeline fixes:
 * the database's {@link StatementInterceptor}s, then for a write the table's before-hooks, the
 * client-side validators, the audit's before images, the statement itself, the audit row and the
 * after-hooks. Runs outside the transaction's connection lock, so hooks and the audit may run
 * statements of their own. A statement that nothing applies to passes straight through.
 * Stateless apart from its configuration; thread-safe.
 */
final class StatementPipeline {
    private final Hooks hooks;
    private final AuditTrail audit;

    StatementPipeline(Hooks hooks, AuditTrail audit) {
        this.hooks = hooks;
        this.audit = audit;
    }

    /**
     * The statement the interceptors turn this one into.
     *
     * @throws IllegalStateException if an interceptor returned null or a statement of another kind
     */
    @SuppressWarnings("unchecked")
    <S extends Statement> S intercepted(Transaction transaction, S statement) {
        List<StatementInterceptor> interceptors = hooks.interceptors();
        if (interceptors.isEmpty()) {
            return statement;
        }
        Statement current = statement;
        for (StatementInterceptor interceptor : interceptors) {
            Statement replaced = interceptor.intercept(transaction, current);
            if (replaced == null || kindOf(replaced) != kindOf(current)) {
                throw new IllegalStateException("the statement interceptor " + interceptor + " turned a "
                        + kindOf(current).getSimpleName() + " into " + (replaced == null ? "null" : "a " + kindOf(replaced).getSimpleName())
                        + "; an interceptor returns a statement of the kind it was given, or throws to refuse it");
            }
            current = replaced;
        }
        return (S) current;
    }

    /**
     * Runs a write through the pipeline; {@code call} sends the statement the way its caller asked
     * for. Audit, validation and hooks apply only to tables that have them.
     */
    <S extends Statement, R> R write(JdbcTransaction transaction, S given, WriteCall<S, R> call) {
        S statement = intercepted(transaction, given);
        Table table = writtenTable(statement);
        if (table == null) {
            return call.send(statement);
        }
        boolean hooked = hooks.hooksTable(table);
        boolean audited = audit.covers(table);
        if (!hooked && !audited && !ClientValidation.applies(statement)) {
            return call.send(statement);
        }
        WriteKind kind = kindOfWrite(statement);
        statement = withClientDefaults(statement);
        statement = before(transaction, kind, table, statement);
        ClientValidation.validate(statement);
        R result;
        if (!audited) {
            result = call.send(statement);
        } else {
            AuditTrail.Pending pending = audit.before(transaction, statement);
            if (pending.isInsert()) {
                result = call.fromReturned(statement, pending.insert());
            } else {
                result = call.send(statement);
                pending.written(call.affected(result));
            }
        }
        after(transaction, kind, table, statement, call.affected(result));
        return result;
    }

    /**
     * How a caller sends a write and reads its result: the result of the statement as sent, the
     * rows it affected, and the result made from every column of the rows the same statement
     * inserted (an audited insert, which reads them with RETURNING or by key).
     */
    interface WriteCall<S extends Statement, R> {
        R send(S statement);

        long affected(R result);

        R fromReturned(S statement, List<Row> returned);
    }

    @SuppressWarnings("unchecked")
    private <S extends Statement> S before(Transaction transaction, WriteKind kind, Table table, S statement) {
        List<WriteHook> before = hooks.before(table, kind);
        if (before.isEmpty()) {
            return statement;
        }
        HookedWrite event = new HookedWrite(transaction, kind, table, statement, true, -1);
        for (WriteHook hook : before) {
            hook.handle(event);
        }
        return (S) event.statement();
    }

    private void after(Transaction transaction, WriteKind kind, Table table, Statement statement, long affectedRows) {
        List<WriteHook> after = hooks.after(table, kind);
        if (after.isEmpty()) {
            return;
        }
        HookedWrite event = new HookedWrite(transaction, kind, table, statement, false, affectedRows);
        for (WriteHook hook : after) {
            hook.handle(event);
        }
    }

    @SuppressWarnings("unchecked")
    private static <S extends Statement> S withClientDefaults(S statement) {
        return statement instanceof Insert insert ? (S) insert.withClientDefaults() : statement;
    }

    private static @Nullable Table writtenTable(Statement statement) {
        return statement instanceof Insert insert ? insert.into()
                : statement instanceof Update update ? update.table()
                : statement instanceof Delete delete ? delete.from()
                : null;
    }

    private static WriteKind kindOfWrite(Statement statement) {
        return statement instanceof Insert ? WriteKind.INSERT : statement instanceof Update ? WriteKind.UPDATE : WriteKind.DELETE;
    }

    private static Class<?> kindOf(Statement statement) {
        return statement instanceof Query ? Query.class : statement.getClass();
    }
}
