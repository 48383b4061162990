package dev.quarry.jdbc.internal;

import dev.quarry.InvalidValueException;
import dev.quarry.render.Bind;
import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Column;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.lang.reflect.Constructor;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes the sensitive values of one statement from the messages of its failure: each value's
 * text (and its SQL-quoted text) becomes {@value Bind#MASK}. Drivers quote the values of a failed
 * row in their messages (PostgreSQL {@code Key (email)=(…)}, {@code Failing row contains (…)},
 * MariaDB {@code Duplicate entry '…'}, a PostgreSQL batch entry with its values written in), so a
 * driver exception of such a statement is replaced by a copy of the nearest {@code java.sql}
 * class with the redacted message, the same SQLState, vendor code and stack trace, and its cause,
 * suppressed and next exceptions redacted the same way. A write to a table with sensitive columns
 * may fail quoting a stored row it did not bind (PostgreSQL's {@code Failing row contains (…)} of an
 * update that sets another column), so for such a write the row and key values a driver quotes are
 * masked whole. Immutable; thread-safe.
 */
final class SensitiveRedaction {
    static final SensitiveRedaction NONE = new SensitiveRedaction(List.of(), false);
    /** The row and key values drivers quote in their messages, each on one line. */
    private static final List<Pattern> QUOTED_ROWS = List.of(
            Pattern.compile("(Failing row contains \\().*(\\))"),
            Pattern.compile("(Key \\(.*?\\)=\\().*(\\))"),
            Pattern.compile("(Duplicate entry ').*(' for key)"));

    /** Longest first, so a value that contains another is masked whole. */
    private final List<String> texts;
    private final boolean quotedRows;

    private SensitiveRedaction(List<String> texts, boolean quotedRows) {
        this.texts = texts;
        this.quotedRows = quotedRows;
    }

    /**
     * The redaction for a failed statement: its sensitive binds (for a batched insert, which binds
     * its rows itself, the values its rows set in sensitive columns), and, for an insert, update or
     * delete of a table with sensitive columns, the rows and keys its failure quotes.
     */
    static SensitiveRedaction forFailure(RenderedSql rendered, @Nullable Statement write) {
        SensitiveRedaction values = write instanceof Insert insert && rendered.binds().isEmpty() ? ofRows(insert) : of(rendered.binds());
        Table table = write instanceof Insert insert ? insert.into()
                : write instanceof Update update ? update.table()
                : write instanceof Delete delete ? delete.from()
                : null;
        if (table == null || table.columns().stream().noneMatch(Column::isSensitive)) {
            return values;
        }
        return new SensitiveRedaction(values.texts, true);
    }

    /** The redaction of a rendered statement's sensitive binds. */
    static SensitiveRedaction of(List<Bind> binds) {
        List<@Nullable Object> values = null;
        for (Bind bind : binds) {
            if (bind.sensitive() && bind.value() != null) {
                if (values == null) {
                    values = new ArrayList<>();
                }
                values.add(bind.value());
            }
        }
        return values == null ? NONE : ofValues(values);
    }

    /** The redaction of the values an insert's rows set in sensitive columns (a batch binds them itself). */
    static SensitiveRedaction ofRows(Insert insert) {
        List<@Nullable Object> values = new ArrayList<>();
        for (List<Assignment<?>> row : insert.rows()) {
            for (Assignment<?> assignment : row) {
                if (assignment.column().isSensitive() && assignment.value() instanceof Expression.Param<?> param) {
                    values.add(param.value());
                }
            }
        }
        return ofValues(values);
    }

    /** A codec's complaint about a sensitive value, with the value masked. */
    static InvalidValueException withoutValue(InvalidValueException error, @Nullable Object value, int parameter) {
        String message = ofValues(Collections.singletonList(value)).apply(error.getMessage());
        return new InvalidValueException(message == null ? "invalid value for parameter " + parameter : message);
    }

    /** The redaction of values bound for sensitive columns. */
    static SensitiveRedaction ofValues(List<@Nullable Object> values) {
        Set<String> texts = new LinkedHashSet<>();
        for (Object value : values) {
            if (value == null || value instanceof byte[]) {
                continue;
            }
            String text = String.valueOf(value);
            if (!text.isEmpty()) {
                texts.add(text);
                texts.add(text.replace("'", "''"));
            }
        }
        if (texts.isEmpty()) {
            return NONE;
        }
        List<String> ordered = new ArrayList<>(texts);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        return new SensitiveRedaction(List.copyOf(ordered), false);
    }

    boolean isEmpty() {
        return texts.isEmpty() && !quotedRows;
    }

    /** The text with every sensitive value masked. */
    @Nullable String apply(@Nullable String message) {
        if (message == null || isEmpty()) {
            return message;
        }
        String redacted = message;
        for (String text : texts) {
            redacted = redacted.replace(text, Bind.MASK);
        }
        if (quotedRows) {
            for (Pattern quoted : QUOTED_ROWS) {
                redacted = quoted.matcher(redacted).replaceAll("$1" + Bind.MASK + "$2");
            }
        }
        return redacted;
    }

    /** The driver exception itself when there is nothing to mask, otherwise its redacted copy. */
    SQLException apply(SQLException error) {
        if (isEmpty()) {
            return error;
        }
        SQLException copy = copyOf(error);
        for (SQLException next = error.getNextException(); next != null && next != error; next = next.getNextException()) {
            copy.setNextException(copyOf(next));
        }
        return copy;
    }

    /** A redacted copy of one exception, without its next exceptions. */
    private SQLException copyOf(SQLException error) {
        String message = apply(error.getMessage());
        Throwable cause = error.getCause();
        Throwable redactedCause = cause == null || cause == error ? null : redactedThrowable(cause);
        SQLException copy;
        if (error instanceof BatchUpdateException batch) {
            copy = new BatchUpdateException(message, error.getSQLState(), error.getErrorCode(), batch.getLargeUpdateCounts(),
                    redactedCause);
        } else {
            copy = sameJavaSqlClass(error, message);
            if (redactedCause != null) {
                copy.initCause(redactedCause);
            }
        }
        copy.setStackTrace(error.getStackTrace());
        for (Throwable suppressed : error.getSuppressed()) {
            copy.addSuppressed(redactedThrowable(suppressed));
        }
        return copy;
    }

    private Throwable redactedThrowable(Throwable error) {
        if (error instanceof SQLException sql) {
            return copyOf(sql);
        }
        String message = error.getMessage();
        String redacted = apply(message);
        Throwable cause = error.getCause();
        boolean clean = message == null || message.equals(redacted);
        if (clean && (cause == null || cause == error)) {
            return error;
        }
        // Not a driver exception: kept as its class name and redacted message, since its own class may carry the value.
        RuntimeException copy = new RuntimeException(error.getClass().getName() + ": " + redacted);
        copy.setStackTrace(error.getStackTrace());
        if (cause != null && cause != error) {
            copy.initCause(redactedThrowable(cause));
        }
        return copy;
    }

    /** A copy of the nearest {@code java.sql} class (vendor subclasses may hold the values in fields). */
    private static SQLException sameJavaSqlClass(SQLException error, @Nullable String message) {
        Class<?> type = error.getClass();
        while (!type.getName().startsWith("java.sql.")) {
            type = type.getSuperclass();
        }
        try {
            Constructor<?> constructor = type.getConstructor(String.class, String.class, int.class);
            return (SQLException) constructor.newInstance(message, error.getSQLState(), error.getErrorCode());
        } catch (ReflectiveOperationException | ClassCastException e) {
            return new SQLException(message, error.getSQLState(), error.getErrorCode());
        }
    }
}
