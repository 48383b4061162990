package dev.quarry.sql;

/** The SQL standard's transaction isolation levels, weakest first. */
public enum IsolationLevel {
    READ_UNCOMMITTED("READ UNCOMMITTED"),
    READ_COMMITTED("READ COMMITTED"),
    REPEATABLE_READ("REPEATABLE READ"),
    SERIALIZABLE("SERIALIZABLE");

    private final String sqlName;

    IsolationLevel(String sqlName) {
        this.sqlName = sqlName;
    }

    /** The level as written in {@code SET TRANSACTION ISOLATION LEVEL …}. */
    public String sqlName() {
        return sqlName;
    }
}
