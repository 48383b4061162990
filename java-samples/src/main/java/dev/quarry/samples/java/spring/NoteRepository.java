package dev.quarry.samples.java.spring;

import static dev.quarry.samples.java.spring.Notes.NOTES;

import dev.quarry.jdbc.Database;
import java.util.List;
import org.springframework.stereotype.Repository;

// docs:spring-repository
/** Notes through Quarry; each method joins the caller's Spring transaction, or runs its own. */
@Repository
public class NoteRepository {
    private final Database db;

    public NoteRepository(Database db) {
        this.db = db;
    }

    public long add(String text) {
        return db.transaction(tx -> tx.insertInto(NOTES).set(NOTES.text, text).executeAndGetId());
    }

    public List<Note> all() {
        return db.transaction(tx -> tx.selectFrom(NOTES).orderBy(NOTES.id.asc()).fetch()).stream()
                .map(row -> new Note(row.get(NOTES.id), row.get(NOTES.text)))
                .toList();
    }
}
// docs:end
