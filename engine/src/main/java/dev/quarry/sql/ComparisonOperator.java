package dev.quarry.sql;

/** Binary comparison operators, with their SQL symbol. */
public enum ComparisonOperator {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in SQL, identical on every dialect. */
    public String symbol() {
        return symbol;
    }
}
