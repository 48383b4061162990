package dev.quarry.dialect;

/**
 * What decides how text compares, groups and sorts in the statements a database renders: the code
 * points of the text, the same on every database, or the collation each column has in the
 * database. Chosen per database ({@code DatabaseConfig.Builder.textSemantics}, or
 * {@link Dialect#withTextSemantics}); tables Quarry creates compare by code point under both.
 */
public enum TextSemantics {
    /**
     * Text compares, groups and sorts by code point, trailing spaces counting, whatever collation a
     * column was created with: the renderer adds each dialect's code-point collation to text in
     * comparisons ({@code = <> < <= > >=}, BETWEEN, IN, null-safe equality), ORDER BY, GROUP BY,
     * DISTINCT, window partitions, {@code COUNT(DISTINCT …)}, MIN and MAX, wherever the database's
     * collation could give another answer (see {@link TextRules}). The default.
     */
    CODE_POINT,

    /**
     * Text is written as it is, so each column's collation decides: a case-insensitive or
     * linguistic column of a table Quarry did not create compares and sorts its own way, and
     * indexes built under that collation serve every comparison and ORDER BY.
     */
    DATABASE
}
