package dev.quarry.spring.boot;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.TransactionOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A service whose {@code @Transactional} methods write through Quarry, and through JdbcTemplate beside it. */
public class NoteService {
    private final Database db;
    private final JdbcTemplate jdbc;

    public NoteService(Database db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    @Transactional
    public void add(int id, String text) {
        db.inTransaction(tx -> Notes.add(tx, id, text));
    }

    @Transactional
    public void addThenFail(int id) {
        db.inTransaction(tx -> Notes.add(tx, id, "lost"));
        throw new IllegalStateException("the service fails after Quarry wrote");
    }

    /** A Quarry block fails and the method catches its failure: the Spring transaction must still roll back. */
    @Transactional
    public void addAndSwallowAQuarryFailure(int id) {
        jdbc.update("INSERT INTO spring_notes (id, text) VALUES (?, ?)", id, "written by JdbcTemplate");
        try {
            db.inTransaction(tx -> {
                Notes.add(tx, id + 1, "lost");
                throw new IllegalArgumentException("Quarry's block fails");
            });
        } catch (IllegalArgumentException expected) {
            // The caller goes on as if nothing happened.
        }
    }

    /**
     * Writes with Quarry and with JdbcTemplate, each reading the other's uncommitted row.
     *
     * @return what JdbcTemplate counted after Quarry's write, what Quarry counted after
     *     JdbcTemplate's, and the server session of each (null on SQLite, which has no session id)
     */
    @Transactional
    public List<Object> mixQuarryAndJdbcTemplate(String sessionQuery) {
        db.inTransaction(tx -> Notes.add(tx, 1, "written by Quarry"));
        Integer seenByJdbc = jdbc.queryForObject("SELECT COUNT(*) FROM spring_notes", Integer.class);
        jdbc.update("INSERT INTO spring_notes (id, text) VALUES (?, ?)", 2, "written by JdbcTemplate");
        long seenByQuarry = db.transaction(tx -> tx.selectFrom(Notes.NOTES).count());
        Object quarrySession = sessionQuery.isEmpty() ? "none" : db.transaction(tx -> tx.fetch(sessionQuery).get(0).get(0));
        Object jdbcSession = sessionQuery.isEmpty() ? "none" : jdbc.queryForObject(sessionQuery, Object.class);
        return List.of(seenByJdbc, seenByQuarry, String.valueOf(quarrySession), String.valueOf(jdbcSession));
    }

    /** REQUIRES_NEW and async work commit on their own; the joined write and the method then fail. */
    @Transactional
    public void ownTransactionsThenFail() throws Exception {
        db.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW), tx -> Notes.add(tx, 1, "requires new"));
        db.transactionAsync(tx -> {
            Notes.add(tx, 2, "async");
            return null;
        }).get(10, TimeUnit.SECONDS);
        db.inTransaction(tx -> Notes.add(tx, 3, "lost"));
        throw new IllegalStateException("the service fails after three writes");
    }

    /** A NESTED Quarry block fails and rolls back to its savepoint; the rest commits. */
    @Transactional
    public void nestedFailureKeepsTheRest() {
        db.inTransaction(tx -> Notes.add(tx, 1, "kept"));
        try {
            db.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.NESTED), tx -> {
                Notes.add(tx, 2, "rolled back to the savepoint");
                throw new IllegalStateException("the nested block fails");
            });
        } catch (IllegalStateException expected) {
            // Handled: the method goes on.
        }
        jdbc.update("INSERT INTO spring_notes (id, text) VALUES (?, ?)", 3, "kept too");
    }
}
