package dev.quarry.jdbc.internal;

import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialect;
import dev.quarry.render.SqlWriter;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a multi-row insert as PostgreSQL {@code COPY … FROM STDIN} text, encoded in full
 * before anything is sent, so that a value without a COPY form leaves the insert to its ordinary
 * statements and a value its bind would refuse fails with nothing sent. An insert qualifies when it
 * has only plain values (no expressions), no upsert and no RETURNING. Immutable.
 *
 * @param sql the COPY statement, naming the insert's columns
 * @param data the rows' text in chunks of about {@value #CHUNK_CHARS} characters, UTF-8 encoded
 */
record CopyRows(String sql, List<byte[]> data) {
    private static final int CHUNK_CHARS = 1 << 16;

    /**
     * The COPY of an insert, or null if the insert does not qualify or a value has no COPY text.
     *
     * @throws InvalidValueException naming the row and column of a value its bind would refuse
     */
    static @Nullable CopyRows of(Insert insert, Dialect dialect) {
        if (insert.onConflict() != null || !insert.returning().isEmpty() || insert.source() != null) {
            return null;
        }
        List<Column<?>> columns = insert.valueColumns();
        CopyText.Field[] fields = new CopyText.Field[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = CopyText.of(columns.get(i).sqlType());
            if (fields[i] == null) {
                return null;
            }
        }
        List<byte[]> data = new ArrayList<>();
        StringBuilder text = new StringBuilder(CHUNK_CHARS + 1024);
        List<List<Assignment<?>>> rows = insert.rows();
        for (int row = 0; row < rows.size(); row++) {
            if (!appendRow(text, rows.get(row), columns, fields, row)) {
                return null;
            }
            if (text.length() >= CHUNK_CHARS) {
                data.add(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        if (text.length() > 0) {
            data.add(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        String sql = new SqlWriter(dialect).keyword("COPY").identifier(insert.into().tableName())
                .openParen().columnNames(columns).closeParen().keyword("FROM STDIN").toRenderedSql().sql();
        return new CopyRows(sql, data);
    }

    /** Appends one row; false if it sets other columns than the first row or a value has no COPY text. */
    private static boolean appendRow(StringBuilder text, List<Assignment<?>> row, List<Column<?>> columns,
            CopyText.Field[] fields, int rowIndex) {
        if (row.size() != fields.length) {
            return false;
        }
        @Nullable Object[] values = new Object[fields.length];
        for (int index = 0; index < fields.length; index++) {
            Assignment<?> assignment = row.get(index);
            // Rows set the same columns, usually in the same order.
            int position = columns.get(index) == assignment.column() ? index : columns.indexOf(assignment.column());
            if (position < 0 || !(assignment.value() instanceof Expression.Param<?> param)) {
                return false;
            }
            values[position] = param.value();
        }
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                text.append("\\N");
                continue;
            }
            try {
                if (!fields[i].write(text, value)) {
                    return false;
                }
            } catch (InvalidValueException refused) {
                throw new InvalidValueException("row " + (rowIndex + 1) + " of the insert, column "
                        + columns.get(i).qualifiedName() + ": " + refused.getMessage(), refused);
            }
        }
        text.append('\n');
        return true;
    }
}
