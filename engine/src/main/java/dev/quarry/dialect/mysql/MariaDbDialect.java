package dev.quarry.dialect.mysql;

/**
 * MariaDB 10.5 and later: MySQL's dialect plus RETURNING, with MariaDB's name for the binary
 * no-pad collation. Stateless; use {@link dev.quarry.dialect.Dialects#MARIADB}.
 */
public final class MariaDbDialect extends MySqlDialect {
    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    protected String binaryCollation() {
        return "utf8mb4_nopad_bin";
    }
}
