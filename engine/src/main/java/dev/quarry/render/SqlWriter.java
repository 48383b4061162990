package dev.quarry.render;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.SqlType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates SQL text and bind values in one pass. Tokens are separated by one space, except
 * after an opening parenthesis and before a closing parenthesis or comma, so renderers never
 * write spaces themselves. Identifiers are quoted by the dialect; values only ever become
 * {@code ?} placeholders.
 *
 * <p>Binds are marked {@link Bind#sensitive() sensitive} through value scopes: the renderer opens
 * a scope around each expression it writes and a barrier around each AND/OR and each subquery;
 * a sensitive column written inside scopes marks the outermost scope since the last barrier, and
 * every bind written in that scope becomes sensitive when it closes. So {@code "email" = ?},
 * {@code lower("email") LIKE ?} and an INSERT value for {@code email} mask their values, while the
 * other operands of an AND keep theirs.
 *
 * <p>Not thread-safe: one writer per rendering.
 */
public final class SqlWriter {
    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder(256);
    private final List<Bind> binds = new ArrayList<>();
    private boolean spaceBeforeNext;
    /** Bind index where each open scope started, or {@link #BARRIER}. */
    private int[] scopeStarts = new int[16];
    private boolean[] scopeSensitive = new boolean[16];
    private int scopeDepth;
    private static final int BARRIER = -1;

    public SqlWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect identifiers are quoted for. */
    public Dialect dialect() {
        return dialect;
    }

    /** Unqualified column names separated by commas. */
    public SqlWriter columnNames(List<? extends Column<?>> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                comma();
            }
            identifier(columns.get(i).name());
        }
        return this;
    }

    /** A keyword or operator, written as is. */
    public SqlWriter keyword(String keyword) {
        separate();
        sql.append(keyword);
        return this;
    }

    /** A quoted identifier. */
    public SqlWriter identifier(String name) {
        separate();
        dialect.quoteIdentifier(sql, name);
        return this;
    }

    /** {@code "qualifier"."name"}. */
    public SqlWriter qualifiedIdentifier(String qualifier, String name) {
        separate();
        dialect.quoteIdentifier(sql, qualifier);
        sql.append('.');
        dialect.quoteIdentifier(sql, name);
        return this;
    }

    /** A {@code ?} placeholder and its bind value. */
    public SqlWriter parameter(@Nullable Object value, SqlType<?> type) {
        separate();
        sql.append('?');
        binds.add(new Bind(value, type));
        return this;
    }

    /** {@code name(}: a function call whose arguments follow without a space. */
    public SqlWriter function(String name) {
        separate();
        sql.append(name).append('(');
        spaceBeforeNext = false;
        return this;
    }

    /** A prefix operator such as unary minus, attached to what follows it. */
    public SqlWriter prefix(String operator) {
        separate();
        sql.append(operator);
        spaceBeforeNext = false;
        return this;
    }

    /**
     * Text of a hand-written SQL template, written exactly as given; {@code attached} writes it
     * right after what precedes it, otherwise it is separated as a token is. What follows is
     * attached to it until {@link #endVerbatim()}.
     */
    public SqlWriter verbatim(String text, boolean attached) {
        if (text.isEmpty()) {
            return this;
        }
        if (!attached) {
            separate();
        }
        sql.append(text);
        spaceBeforeNext = false;
        return this;
    }

    /** Ends template text: the next token is separated from it as from any token. */
    public SqlWriter endVerbatim() {
        spaceBeforeNext = true;
        return this;
    }

    /** {@code (}. */
    public SqlWriter openParen() {
        separate();
        sql.append('(');
        spaceBeforeNext = false;
        return this;
    }

    /** {@code )}, attached to what precedes it. */
    public SqlWriter closeParen() {
        sql.append(')');
        spaceBeforeNext = true;
        return this;
    }

    /** {@code ,}, attached to what precedes it. */
    public SqlWriter comma() {
        sql.append(',');
        spaceBeforeNext = true;
        return this;
    }

    /** Opens a value scope: binds written until {@link #closeScope()} share a sensitive column's mark. */
    void openScope() {
        push(binds.size());
    }

    /** Opens a barrier: a sensitive column inside it marks no scope outside it. */
    void openBarrier() {
        push(BARRIER);
    }

    /** Closes the innermost scope, marking its binds sensitive if a sensitive column was written in it. */
    void closeScope() {
        scopeDepth--;
        if (scopeSensitive[scopeDepth]) {
            scopeSensitive[scopeDepth] = false;
            for (int i = scopeStarts[scopeDepth]; i < binds.size(); i++) {
                binds.set(i, binds.get(i).asSensitive());
            }
        }
    }

    /** Closes the innermost barrier. */
    void closeBarrier() {
        scopeDepth--;
    }

    /** Notes a sensitive column (or a value bound for one) in the open scopes since the last barrier. */
    void sensitiveValue() {
        int outermost = -1;
        for (int i = scopeDepth - 1; i >= 0 && scopeStarts[i] != BARRIER; i--) {
            outermost = i;
        }
        if (outermost >= 0) {
            scopeSensitive[outermost] = true;
        }
    }

    private void push(int start) {
        if (scopeDepth == scopeStarts.length) {
            scopeStarts = Arrays.copyOf(scopeStarts, scopeDepth * 2);
            scopeSensitive = Arrays.copyOf(scopeSensitive, scopeDepth * 2);
        }
        scopeStarts[scopeDepth] = start;
        scopeSensitive[scopeDepth] = false;
        scopeDepth++;
    }

    /** The text and binds written so far. */
    public RenderedSql toRenderedSql() {
        return new RenderedSql(sql.toString(), binds);
    }

    /** Appends another writer's text and binds as the next token. */
    public SqlWriter append(SqlWriter fragment) {
        separate();
        sql.append(fragment.sql);
        binds.addAll(fragment.binds);
        return this;
    }

    /** The number of bind values written so far. */
    public int bindCount() {
        return binds.size();
    }

    /** The current position, to insert a fragment there later. */
    public Mark mark() {
        return new Mark(sql.length(), binds.size());
    }

    /**
     * Inserts another writer's text, separated by spaces, and its binds at a mark: for clauses
     * that are known only after what follows them was written (the WITH clause).
     */
    public void insertAt(Mark mark, SqlWriter fragment) {
        int position = mark.sqlPosition();
        boolean spaceBefore = position > 0 && sql.charAt(position - 1) != ' ' && sql.charAt(position - 1) != '(';
        boolean spaceAfter = position < sql.length() && sql.charAt(position) != ' ';
        sql.insert(position, (spaceBefore ? " " : "") + fragment.sql + (spaceAfter ? " " : ""));
        binds.addAll(mark.bindPosition(), fragment.binds);
    }

    /** A position in a writer's text and binds. */
    public record Mark(int sqlPosition, int bindPosition) {
    }

    private void separate() {
        if (spaceBeforeNext) {
            sql.append(' ');
        }
        spaceBeforeNext = true;
    }
}
