package dev.quarry.dialect.mysql;

import dev.quarry.render.SqlWriter;
import dev.quarry.sql.Lock;

/**
 * MariaDB 10.6 and later: MySQL's dialect plus INSERT/DELETE … RETURNING, with MariaDB's name for
 * the binary no-pad collation and its spelling of shared locks. It lacks WITH before UPDATE and
 * DELETE. Stateless; use {@link dev.quarry.dialect.Dialects#MARIADB}.
 */
public final class MariaDbDialect extends MySqlDialect {
    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean supportsInsertReturning() {
        return true;
    }

    @Override
    public boolean supportsDeleteReturning() {
        return true;
    }

    @Override
    public boolean supportsWithInUpdateAndDelete() {
        return false;
    }

    @Override
    protected String binaryCollation() {
        return "utf8mb4_nopad_bin";
    }

    /** MariaDB spells FOR SHARE as LOCK IN SHARE MODE. */
    @Override
    public void renderLock(SqlWriter writer, Lock lock) {
        writer.keyword(lock.mode() == Lock.Mode.UPDATE ? "FOR UPDATE" : "LOCK IN SHARE MODE");
        renderLockWait(writer, lock.onLocked());
    }
}
