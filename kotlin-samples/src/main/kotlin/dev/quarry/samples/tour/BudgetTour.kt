package dev.quarry.samples.tour

import dev.quarry.jdbc.BudgetPolicy
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.QueryBudget
import dev.quarry.jdbc.QueryBudgetExceededException
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.kotlin.count
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.samples.Books
import java.time.Duration

// Query budgets in Kotlin. docs/observability.md shows each region between "docs:" markers; the
// samples' tests run them on SQLite.

// docs:budget-database
/** A database whose transactions fail past 200 statements, 50,000 rows read or 25 runs of one statement. */
fun openGuarded(url: String): Database = Database.connect(
    DatabaseConfig.builder(url)
        .budget(QueryBudget.NONE.maxStatements(200).maxRowsRead(50_000).maxSameStatement(25))
        .build(),
)
// docs:end

// docs:budget-warn
/** A report may read many rows in up to 30 seconds; running one statement per book is logged, not refused. */
val reportOptions: TransactionOptions = TransactionOptions.DEFAULT
    .timeout(Duration.ofSeconds(30))
    .budget(QueryBudget.NONE.maxRowsRead(1_000_000).maxSameStatement(5).policy(BudgetPolicy.WARN))

suspend fun reviewsPerBook(): Map<String, Long> = transaction(options = reportOptions) {
    Books.selectAll().toList().associate { book ->
        book[Books.title] to Reviews.select { bookId eq book[Books.id] }.count()
    }
}
// docs:end

// docs:budget-fail
/** The titles of the catalogue, or null when reading them would pass a budget of [maxRows] rows. */
suspend fun titlesWithin(maxRows: Long): List<String>? = try {
    transaction(options = TransactionOptions.DEFAULT.budget(QueryBudget.NONE.maxRowsRead(maxRows))) {
        Books.selectAll().orderBy(Books.title).toList().map { it[Books.title] }
    }
} catch (exceeded: QueryBudgetExceededException) {
    // exceeded.violation(): the budget's name, its limit, the count that passed it, the statement.
    null
}
// docs:end
