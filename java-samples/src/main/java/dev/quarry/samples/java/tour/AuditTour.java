package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.AuditTour.Deposits.DEPOSITS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.audit.AuditLog;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The audit log through the Java facade. docs/governance.md shows each region between "docs:"
 * markers; the samples' tests run them on SQLite.
 */
public final class AuditTour {
    private AuditTour() {
    }

    // docs:audit-table
    public static final class Deposits extends Table {
        public static final Deposits DEPOSITS = new Deposits();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<String> owner = varchar("owner", 64);
        public final Column<Integer> balance = integer("balance");
        public final Column<String> iban = varchar("iban", 34).sensitive();

        private Deposits() {
            super("deposits");
            audited();
        }
    }
    // docs:end

    // docs:audit-use
    /** The actor of each audit row comes from the application's own context, read on the writing thread. */
    static final ThreadLocal<@Nullable String> CURRENT_USER = new ThreadLocal<>();

    static Database openBank(String url) {
        return Database.connect(DatabaseConfig.builder(url).auditActor(CURRENT_USER::get).build());
    }

    static long openDeposit(Database db, String owner, String iban, int balance) {
        return db.transaction(tx -> tx.insertInto(DEPOSITS).set(DEPOSITS.owner, owner).set(DEPOSITS.iban, iban)
                .set(DEPOSITS.balance, balance).executeAndGetId());
    }

    static void payOut(Database db, long depositId, int amount) {
        db.inTransaction(tx -> tx.update(DEPOSITS).set(DEPOSITS.balance, DEPOSITS.balance.subtract(amount))
                .where(DEPOSITS.id.eq(depositId)).execute());
    }

    /** The audit log of the deposits, one line per change: the IBAN shows as "***". */
    static List<String> depositHistory(Database db) {
        AuditLog log = AuditLog.TABLE;
        List<Row> rows = db.transaction(tx -> tx.selectFrom(log).where(log.tableName.eq("deposits"))
                .orderBy(log.id.asc()).fetch());
        return rows.stream().map(row -> row.get(log.action) + " " + row.get(log.rowKey) + " by " + row.get(log.actor)
                + ": " + row.get(log.beforeImage) + " -> " + row.get(log.afterImage)).toList();
    }
    // docs:end

    // docs:audited-upsert
    /** Restores a deposit from a backup: its audit row says whether it was re-created (INSERT) or corrected (UPDATE). */
    static void restoreDeposit(Database db, long depositId, String owner, String iban, int balance) {
        db.inTransaction(tx -> tx.insertInto(DEPOSITS).set(DEPOSITS.id, depositId).set(DEPOSITS.owner, owner)
                .set(DEPOSITS.iban, iban).set(DEPOSITS.balance, balance)
                .onConflict(DEPOSITS.id).doUpdateWithNewValues(DEPOSITS.owner, DEPOSITS.iban, DEPOSITS.balance).execute());
    }
    // docs:end
}
