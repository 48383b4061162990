package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static dev.quarry.samples.java.tour.Reviews.REVIEWS;

import dev.quarry.jdbc.BudgetPolicy;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.QueryBudget;
import dev.quarry.jdbc.QueryBudgetExceededException;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.TransactionOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Query budgets through the Java facade. docs/observability.md shows each region between "docs:"
 * markers; the samples' tests run them on SQLite.
 */
public final class BudgetTour {
    private BudgetTour() {
    }

    // docs:budget-database
    /** A database whose transactions fail past 200 statements, 50,000 rows read or 25 runs of one statement. */
    static Database openGuarded(String url) {
        return Database.connect(DatabaseConfig.builder(url)
                .budget(QueryBudget.NONE.maxStatements(200).maxRowsRead(50_000).maxSameStatement(25))
                .build());
    }
    // docs:end

    // docs:budget-warn
    /** A report may read many rows in up to 30 seconds; running one statement per book is logged, not refused. */
    static final TransactionOptions REPORT = TransactionOptions.DEFAULT
            .timeout(Duration.ofSeconds(30))
            .budget(QueryBudget.NONE.maxRowsRead(1_000_000).maxSameStatement(5).policy(BudgetPolicy.WARN));

    static Map<String, Long> reviewsPerBook(Database db) {
        return db.transaction(REPORT, tx -> {
            Map<String, Long> reviews = new LinkedHashMap<>();
            for (Row book : tx.selectFrom(BOOKS).fetch()) {
                reviews.put(book.get(BOOKS.title), tx.selectFrom(REVIEWS).where(REVIEWS.bookId.eq(book.get(BOOKS.id))).count());
            }
            return reviews;
        });
    }
    // docs:end

    // docs:budget-fail
    /** The titles of the catalogue, or empty when reading them would pass a budget of {@code maxRows} rows. */
    static Optional<List<String>> titlesWithin(Database db, long maxRows) {
        try {
            return Optional.of(db.transaction(TransactionOptions.DEFAULT.budget(QueryBudget.NONE.maxRowsRead(maxRows)),
                    tx -> tx.selectFrom(BOOKS).orderBy(BOOKS.title.asc()).fetch().stream().map(row -> row.get(BOOKS.title)).toList()));
        } catch (QueryBudgetExceededException exceeded) {
            // exceeded.violation(): the budget's name, its limit, the count that passed it, the statement.
            return Optional.empty();
        }
    }
    // docs:end
}
