package dev.quarry.spring.boot;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.List;

/** The table the starter's tests write: notes by id, empty to start with. */
final class Notes extends Table {
    static final Notes NOTES = new Notes();

    final Column<Integer> id = integer("id");
    final Column<String> text = varchar("text", 64);

    private Notes() {
        super("spring_notes");
        primaryKey(id);
    }

    /** Recreates the table, empty. */
    static void fresh(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(NOTES);
            tx.createTable(NOTES);
        });
    }

    static void add(Transaction tx, int id, String text) {
        tx.insertInto(NOTES).set(NOTES.id, id).set(NOTES.text, text).execute();
    }

    /** The texts of the committed notes, by id, read in a Quarry transaction of its own. */
    static List<String> texts(Database db) {
        return db.transaction(tx -> tx.selectFrom(NOTES).orderBy(NOTES.id.asc()).fetch()).stream()
                .map(row -> row.get(NOTES.text)).toList();
    }
}
