package com.example;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** The notes, declared with one column more than the migrations have made so far. */
public final class Notes extends Table {
    public static final Notes NOTES = new Notes();

    public final Column<Integer> id = integer("id");
    public final Column<String> body = varchar("body", 200);
    public final Column<String> title = varchar("title", 80).nullable();

    private Notes() {
        super("notes");
        primaryKey(id);
    }
}
