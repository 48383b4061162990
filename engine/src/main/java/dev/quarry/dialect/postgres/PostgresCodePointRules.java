package dev.quarry.dialect.postgres;

import dev.quarry.dialect.CodePointRules;
import dev.quarry.sql.Condition;

/**
 * Code-point text on PostgreSQL: {@code COLLATE "C"} on ordering only (ORDER BY, {@code < <= > >=},
 * BETWEEN, MIN, MAX). A deterministic collation, which every collation but a
 * {@code deterministic = false} ICU one is, holds text equal only when it is identical, so
 * {@code =}, IN, GROUP BY and DISTINCT stay as written and keep a linguistic column's index. An
 * ordering comparison collates every operand: two operands of different explicit collations
 * (as {@code UPPER(x COLLATE "default")} has) would be an error, and so would two columns of
 * different collations. BETWEEN collates its value only, since its bounds take no COLLATE without
 * parentheses. An index on a "C" column, as Quarry creates them, serves all of it.
 * Stateless.
 */
final class PostgresCodePointRules extends CodePointRules {
    static final PostgresCodePointRules INSTANCE = new PostgresCodePointRules();

    private PostgresCodePointRules() {
    }

    @Override
    protected boolean equalityIsExact() {
        return true;
    }

    @Override
    protected Condition.Comparison collatedComparison(Condition.Comparison comparison) {
        return new Condition.Comparison(codePoint(comparison.left()), comparison.operator(), codePoint(comparison.right()));
    }
}
