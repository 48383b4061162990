package dev.quarry.render;

/** SQL keywords as written by every renderer. Tokens carry no surrounding spaces. */
public final class Keywords {
    public static final String SELECT = "SELECT";
    public static final String FROM = "FROM";
    public static final String WHERE = "WHERE";
    public static final String ORDER_BY = "ORDER BY";
    public static final String ASC = "ASC";
    public static final String DESC = "DESC";
    public static final String NULLS_FIRST = "NULLS FIRST";
    public static final String NULLS_LAST = "NULLS LAST";
    public static final String LIMIT = "LIMIT";
    public static final String OFFSET = "OFFSET";
    public static final String AS = "AS";
    public static final String AND = "AND";
    public static final String OR = "OR";
    public static final String NOT = "NOT";
    public static final String LIKE = "LIKE";
    public static final String ESCAPE = "ESCAPE";
    public static final String BETWEEN = "BETWEEN";
    public static final String IN = "IN";
    public static final String IS_NULL = "IS NULL";
    public static final String IS_NOT_NULL = "IS NOT NULL";
    public static final String INSERT_INTO = "INSERT INTO";
    public static final String VALUES = "VALUES";
    public static final String DEFAULT_VALUES = "DEFAULT VALUES";
    public static final String RETURNING = "RETURNING";
    public static final String UPDATE = "UPDATE";
    public static final String SET = "SET";
    public static final String DELETE_FROM = "DELETE FROM";
    public static final String CREATE_TABLE = "CREATE TABLE";
    public static final String DROP_TABLE = "DROP TABLE";
    public static final String ALTER_TABLE = "ALTER TABLE";
    public static final String IF_NOT_EXISTS = "IF NOT EXISTS";
    public static final String IF_EXISTS = "IF EXISTS";
    public static final String NOT_NULL = "NOT NULL";
    public static final String PRIMARY_KEY = "PRIMARY KEY";
    public static final String CHECK = "CHECK";
    public static final String CONSTRAINT = "CONSTRAINT";
    public static final String UNIQUE = "UNIQUE";
    public static final String FOREIGN_KEY = "FOREIGN KEY";
    public static final String REFERENCES = "REFERENCES";
    public static final String ON_DELETE = "ON DELETE";
    public static final String ON_UPDATE = "ON UPDATE";
    public static final String DEFAULT = "DEFAULT";
    public static final String CREATE = "CREATE";
    public static final String INDEX = "INDEX";
    public static final String ON = "ON";
    public static final String COUNT_ALL = "COUNT(*)";

    private Keywords() {
    }
}
