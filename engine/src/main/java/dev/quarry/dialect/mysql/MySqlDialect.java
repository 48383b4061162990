package dev.quarry.dialect.mysql;

import dev.quarry.dialect.DateTimeStorage;
import dev.quarry.dialect.DecimalStorage;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.InstantStorage;
import dev.quarry.render.Keywords;
import dev.quarry.render.SqlWriter;
import dev.quarry.sql.SqlType;

/**
 * MySQL 8.0 and later. Stateless; use {@link dev.quarry.dialect.Dialects#MYSQL}.
 *
 * <p>Tables are created with a binary, no-pad utf8mb4 collation so that {@code =} and LIKE compare
 * exactly as on PostgreSQL and SQLite: case, accents and trailing spaces all count.
 */
public class MySqlDialect extends Dialect {
    private static final SqlType.Visitor<String> TYPE_NAMES = new MySqlTypeNames();
    /** The largest LIMIT MySQL accepts: how it spells "no limit" before an OFFSET. */
    private static final String NO_LIMIT = "18446744073709551615";

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    protected char identifierQuote() {
        return '`';
    }

    @Override
    public boolean supportsReturning() {
        return false;
    }

    @Override
    public boolean nullsSortAsSmallest() {
        return true;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return false;
    }

    @Override
    public boolean enforcesVarcharLength() {
        return true;
    }

    @Override
    public DateTimeStorage dateTimeStorage() {
        return DateTimeStorage.NATIVE;
    }

    @Override
    public InstantStorage instantStorage() {
        return InstantStorage.UTC_DATETIME;
    }

    @Override
    public DecimalStorage decimalStorage() {
        return DecimalStorage.NATIVE;
    }

    @Override
    protected SqlType.Visitor<String> typeNames() {
        return TYPE_NAMES;
    }

    @Override
    public void renderAutoIncrement(SqlWriter writer) {
        writer.keyword("AUTO_INCREMENT");
    }

    @Override
    public void renderTableOptions(SqlWriter writer) {
        writer.keyword("ENGINE=InnoDB").keyword("DEFAULT CHARSET=utf8mb4").keyword("COLLATE=" + binaryCollation());
    }

    /** The utf8mb4 collation that compares code points and counts trailing spaces. */
    protected String binaryCollation() {
        return "utf8mb4_0900_bin";
    }

    @Override
    protected void renderUnlimited(SqlWriter writer) {
        writer.keyword(Keywords.LIMIT).keyword(NO_LIMIT);
    }

    @Override
    public void renderDefaultValues(SqlWriter writer) {
        writer.openParen().closeParen().keyword(Keywords.VALUES).openParen().closeParen();
    }
}
