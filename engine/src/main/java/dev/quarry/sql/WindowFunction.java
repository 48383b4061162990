package dev.quarry.sql;

/** Functions that exist only over a window, by their SQL name. */
public enum WindowFunction {
    ROW_NUMBER,
    RANK,
    DENSE_RANK,
    /** {@code LAG(value[, offset[, default]])}: the value {@code offset} rows before. */
    LAG,
    /** {@code LEAD(value[, offset[, default]])}: the value {@code offset} rows after. */
    LEAD
}
