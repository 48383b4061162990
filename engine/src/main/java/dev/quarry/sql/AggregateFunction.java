package dev.quarry.sql;

/** The SQL aggregate functions, by their SQL name. */
public enum AggregateFunction {
    COUNT,
    SUM,
    /** The mean as a double, computed in floating point on every dialect. */
    AVG,
    MIN,
    MAX
}
