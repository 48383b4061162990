package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.BudgetPolicy
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.ExecutedStatement
import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.QueryBudget
import dev.quarry.jdbc.QueryBudgetExceededException
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.observation.BudgetViolation
import dev.quarry.jdbc.observation.DatabaseObserver
import dev.quarry.jdbc.observation.TransactionObserver
import dev.quarry.jdbc.observation.TransactionStart
import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.inList
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.sql.IsolationLevel
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.ByteArrayOutputStream
import java.io.OutputStream
import java.io.PrintStream
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.flow.collect

/** Query budgets from Kotlin: each limit under FAIL and WARN, nested and retried transactions, the database default. */
class BudgetSpec : FunSpec({
    val nested = TransactionOptions.DEFAULT.propagation(Propagation.NESTED)
    val requiresNew = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW)
    fun withBudget(budget: QueryBudget) = TransactionOptions.DEFAULT.budget(budget)

    onEveryDialect { shared ->
        val recorder = BudgetEvents()
        val db = TestDatabases.openLike(shared, "dsl-budget-${shared.name()}", 2) { observer(recorder) }

        test("the statement over the limit is never sent and nothing is committed") {
            freshAccounts(db)
            recorder.clear()
            val failure = shouldThrow<QueryBudgetExceededException> {
                transaction(db, withBudget(QueryBudget.NONE.maxStatements(2))) {
                    openAccount(3, "alan")
                    openAccount(4, "edsger")
                    openAccount(5, "linus")
                }
            }
            failure.message shouldContain "exceeded its budget of 2 statements: statement 3 was not sent, insert tx_accounts ["
            recorder.accountStatements() shouldHaveSize 2
            recorder.violations shouldBe listOf(BudgetViolation(QueryBudget.STATEMENTS, 2, 3, failure.violation().fingerprint(), true))
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("IN lists of different sizes are the same statement to the N+1 guard") {
            freshAccounts(db)
            val failure = shouldThrow<QueryBudgetExceededException> {
                transaction(db, withBudget(QueryBudget.NONE.maxSameStatement(2))) {
                    Accounts.select { id inList listOf(1) }.toList()
                    Accounts.select { id inList listOf(1, 2) }.toList()
                    Accounts.select { id inList listOf(1, 2, 3) }.toList()
                }
            }
            failure.message shouldContain "budget of 2 runs of the same statement: select tx_accounts ["
            failure.message shouldContain "] ran 3 times"
            failure.violation().actual() shouldBe 3
        }

        test("rows read from a flow count as they are read") {
            freshAccounts(db)
            transaction(db) { for (n in 3..12) openAccount(n, "owner $n") }
            val collected = AtomicInteger()
            val failure = shouldThrow<QueryBudgetExceededException> {
                transaction(db, withBudget(QueryBudget.NONE.maxRowsRead(9))) {
                    Accounts.selectAll().orderBy(Accounts.id).asFlow(fetchSize = 4).collect { collected.incrementAndGet() }
                }
            }
            collected.get() shouldBe 8
            failure.message shouldContain "budget of 9 rows read: 12 rows read, the last of them by select tx_accounts"
        }

        test("a budget exceeded in a nested transaction rolls it back, and the outer transaction cannot commit") {
            freshAccounts(db)
            val failure = shouldThrow<QueryBudgetExceededException> {
                transaction(db, withBudget(QueryBudget.NONE.maxStatements(2))) {
                    openAccount(3, "alan")
                    shouldThrow<QueryBudgetExceededException> {
                        transaction(db, nested) {
                            openAccount(4, "barbara")
                            openAccount(5, "edsger")
                        }
                    }
                }
            }
            failure.message shouldContain "can only roll back"
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("each attempt of a retried transaction starts from an empty budget") {
            freshAccounts(db)
            val conflicting = if (db.dialect().name() != "mariadb") db else TestDatabases.openLike(db, "dsl-budget-snapshot", 2) {
                property("sessionVariables", "innodb_snapshot_isolation=ON")
            }
            val attempts = AtomicInteger()
            val options = TransactionOptions.DEFAULT.isolation(IsolationLevel.REPEATABLE_READ)
                .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(1), Duration.ofMillis(20)))
                .budget(QueryBudget.NONE.maxStatements(3).maxSameStatement(2))
            transaction(conflicting, options) {
                val attempt = attempts.incrementAndGet()
                val seen = Accounts.select { id eq 1 }.single()[Accounts.balance]
                if (attempt == 1) {
                    transaction(conflicting, requiresNew) { Accounts.update({ id eq 1 }) { it[balance] = balance + 50 } }
                }
                Accounts.update({ id eq 1 }) { it[balance] = seen + 10 }
                Accounts.select { id eq 1 }.single()
            }
            if (conflicting !== db) conflicting.close()
            attempts.get() shouldBe 2
            balanceOf(db, 1) shouldBe 160
        }

        test("WARN commits, and logs and reports each exceeded limit once per transaction") {
            freshAccounts(db)
            recorder.clear()
            val warnings = capturingLog {
                transaction(db, withBudget(QueryBudget.NONE.maxStatements(1).maxRowsRead(1).policy(BudgetPolicy.WARN))) {
                    repeat(3) { Accounts.selectAll().toList() }
                    openAccount(3, "alan")
                }
            }
            warnings.lines().filter { "exceeded its budget of 1 statements" in it } shouldHaveSize 1
            warnings.lines().filter { "exceeded its budget of 1 rows read" in it } shouldHaveSize 1
            recorder.violations.map { it.budget() } shouldBe listOf(QueryBudget.ROWS_READ, QueryBudget.STATEMENTS)
            recorder.violations.none { it.failsTransaction() } shouldBe true
            owners(db) shouldBe listOf("ada", "grace", "alan")
        }

        test("the database default applies unless the transaction sets its own budget") {
            freshAccounts(db)
            val limited = TestDatabases.openLike(db, "dsl-budget-default", 2) { budget(QueryBudget.NONE.maxStatements(1)) }
            try {
                shouldThrow<QueryBudgetExceededException> {
                    transaction(limited) { repeat(2) { Accounts.selectAll().count() } }
                }.violation().limit() shouldBe 1
                transaction(limited, withBudget(QueryBudget.NONE.maxStatements(3))) { repeat(3) { Accounts.selectAll().count() } }
                transaction(limited, withBudget(QueryBudget.NONE)) { repeat(5) { Accounts.selectAll().count() } }
            } finally {
                limited.close()
            }
        }
    }
})

/** Records the statements and budget violations of a database's transactions. */
private class BudgetEvents : DatabaseObserver, TransactionObserver {
    val statements = CopyOnWriteArrayList<ExecutedStatement>()
    val violations = CopyOnWriteArrayList<BudgetViolation>()

    fun clear() {
        statements.clear()
        violations.clear()
    }

    fun accountStatements(): List<ExecutedStatement> = statements.filter { "tx_accounts" in it.sql }

    override fun transactionStarted(start: TransactionStart): TransactionObserver = this

    override fun statementExecuted(statement: ExecutedStatement) {
        statements.add(statement)
    }

    override fun budgetExceeded(violation: BudgetViolation) {
        violations.add(violation)
    }
}

/**
 * What the tests' SLF4J binding (slf4j-simple, writing to the current `System.err`) logged while
 * [block] ran; it is passed on as well.
 */
private suspend fun capturingLog(block: suspend () -> Unit): String {
    val original = System.err
    val captured = ByteArrayOutputStream()
    val both = object : OutputStream() {
        override fun write(b: Int) {
            original.write(b)
            synchronized(captured) { captured.write(b) }
        }

        override fun write(bytes: ByteArray, offset: Int, length: Int) {
            original.write(bytes, offset, length)
            synchronized(captured) { captured.write(bytes, offset, length) }
        }
    }
    System.setErr(PrintStream(both, true, Charsets.UTF_8))
    try {
        block()
    } finally {
        System.setErr(original)
    }
    return synchronized(captured) { captured.toString(Charsets.UTF_8) }
}
