package dev.quarry.sql;

/** Binary arithmetic operators, with their SQL symbol. */
public enum ArithmeticOperator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    /** Division; between integers it truncates toward zero on every dialect. */
    DIVIDE("/"),
    /** Remainder, with the sign of the dividend on every dialect. */
    MODULO("%");

    private final String symbol;

    ArithmeticOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
