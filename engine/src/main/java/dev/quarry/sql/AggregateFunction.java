package dev.quarry.sql;

/** The SQL aggregate functions, by their SQL name. */
public enum AggregateFunction {
    COUNT
}
