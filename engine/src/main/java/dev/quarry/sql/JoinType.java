package dev.quarry.sql;

/** Kinds of join, with their SQL keywords. */
public enum JoinType {
    INNER("JOIN"),
    LEFT("LEFT JOIN"),
    RIGHT("RIGHT JOIN"),
    /** Not available on MySQL/MariaDB: rendering fails there with a clear error. */
    FULL("FULL JOIN"),
    CROSS("CROSS JOIN");

    private final String keyword;

    JoinType(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** Whether the join can make columns of some side NULL. */
    public boolean isOuter() {
        return this == LEFT || this == RIGHT || this == FULL;
    }
}
