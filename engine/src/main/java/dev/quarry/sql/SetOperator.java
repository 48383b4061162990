package dev.quarry.sql;

/** How the rows of two queries combine. */
public enum SetOperator {
    UNION("UNION"),
    UNION_ALL("UNION ALL"),
    INTERSECT("INTERSECT"),
    EXCEPT("EXCEPT");

    private final String keyword;

    SetOperator(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
