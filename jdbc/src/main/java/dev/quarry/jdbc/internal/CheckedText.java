package dev.quarry.jdbc.internal;

import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.TextContent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A text codec that refuses, before anything is sent, a string the database would not store as
 * given: one with an unpaired surrogate (drivers encode it as '?'), or with NUL where the dialect
 * cannot store it. Reads are the wrapped codec's. Stateless and thread-safe.
 */
final class CheckedText implements ValueCodec<String> {
    private final ValueCodec<String> text;
    private final Dialect dialect;

    private CheckedText(ValueCodec<String> text, Dialect dialect) {
        this.text = text;
        this.dialect = dialect;
    }

    /** The codec with the checks of the dialect in front of its binding. */
    static ValueCodec<String> of(ValueCodec<String> text, Dialect dialect) {
        return new CheckedText(text, dialect);
    }

    @Override
    public void bind(PreparedStatement statement, int index, String value) throws SQLException {
        String refusal = refusal(value, dialect);
        if (refusal != null) {
            throw new InvalidValueException("the text bound to parameter " + index + " " + refusal + "; nothing was sent");
        }
        text.bind(statement, index, value);
    }

    /**
     * Why the dialect would not store this text as given ("cannot be sent to …: …" or "holds the NUL
     * character …"), or null if it would.
     */
    static @Nullable String refusal(String value, Dialect dialect) {
        String unencodable = TextContent.unencodable(value);
        if (unencodable != null) {
            return "cannot be sent to " + dialect.name() + ": " + unencodable;
        }
        if (!dialect.storesNulInText() && TextContent.hasNul(value)) {
            return "holds the NUL character (U+0000), which " + dialect.name() + " cannot store in text";
        }
        return null;
    }

    @Override
    public @Nullable String read(ResultSet resultSet, int index) throws SQLException {
        return text.read(resultSet, index);
    }

    @Override
    public int jdbcType() {
        return text.jdbcType();
    }
}
