package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static dev.quarry.sql.Functions.byCodePoint;
import static dev.quarry.sql.Functions.function;
import static dev.quarry.sql.Functions.operator;
import static dev.quarry.sql.Functions.sql;
import static dev.quarry.sql.Functions.value;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Expression;
import dev.quarry.sql.SqlType;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the query language has no node for, through the Java facade: functions by name, SQL
 * templates, operators, queries written by hand and rolling back without an exception.
 * docs/query-language.md and docs/transactions.md show the regions between "docs:" markers; the
 * samples' tests run them on SQLite.
 */
public final class HandWrittenSqlTour {
    private HandWrittenSqlTour() {
    }

    // docs:escape-hatches
    static List<Row> decadesOfClassics(Transaction tx) {
        Expression.Aliased<Integer> decade = sql("{0} - {0} % 10", SqlType.INTEGER, BOOKS.published).as("decade");
        Expression.Aliased<BigDecimal> cheapest = function("min", SqlType.decimal(8, 2), BOOKS.price).as("cheapest");
        return tx.select(decade, cheapest).from(BOOKS)
                .where(operator(BOOKS.published, ">=", value(1900, SqlType.INTEGER)).and(BOOKS.published.lt(1960)))
                .groupBy(decade)
                .orderBy(decade.asc())
                .fetch();
    }
    // docs:end

    // docs:collations
    /** Titles spelled exactly so, in code-point order, whatever collation the table was created with. */
    static List<Row> exactly(Transaction tx, String title) {
        return tx.selectFrom(BOOKS).where(byCodePoint(BOOKS.title).eq(title)).orderBy(byCodePoint(BOOKS.author).asc()).fetch();
    }
    // docs:end

    // docs:raw-queries
    record PriceBand(String band, long books, BigDecimal total) {
    }

    static List<PriceBand> priceBands(Transaction tx, BigDecimal limit) {
        return tx.fetchInto("SELECT CASE WHEN price < ? THEN 'cheap' ELSE 'dear' END AS band, COUNT(*) AS books,"
                + " SUM(price) AS total FROM books GROUP BY 1 ORDER BY 1", PriceBand.class, limit);
    }

    static BigDecimal stockValue(Transaction tx) {
        Row row = tx.fetch("SELECT SUM(price) AS total FROM books WHERE in_stock = ?", true).get(0);
        return row.get("total", BigDecimal.class);
    }
    // docs:end

    // docs:rollback-only
    /** Applies a price change, or only shows what it would do when {@code dryRun} is set. */
    static List<Row> repriced(Database db, int percent, boolean dryRun) {
        return db.transaction(tx -> {
            tx.execute("UPDATE books SET price = ROUND(price * (100 + ?) / 100, 2)", percent);
            if (dryRun) {
                tx.setRollbackOnly();
            }
            return tx.fetch("SELECT title, price FROM books ORDER BY price DESC");
        });
    }
    // docs:end
}
