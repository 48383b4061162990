package dev.quarry.migrate.dist;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** The table the launcher test's migrations create, declared with one more column for diff to find. */
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
