package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.DataAccessException
import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.currentTransaction
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.transaction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeSameInstanceAs
import io.kotest.matchers.types.shouldNotBeSameInstanceAs

/** REQUIRED, NESTED and REQUIRES_NEW inside an open transaction, and recovery after failures. */
class PropagationSpec : FunSpec({
    val nested = TransactionOptions.DEFAULT.propagation(Propagation.NESTED)
    val requiresNew = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW)

    onEveryDialect { db ->
        test("REQUIRED joins the open transaction: the outer failure rolls back what the inner block did") {
            freshAccounts(db)
            shouldThrow<ExpectedFailure> {
                transaction(db) {
                    openAccount(3, "alan")
                    val inner = transaction(db) {
                        openAccount(4, "edsger")
                        currentTransaction()
                    }
                    inner shouldBeSameInstanceAs currentTransaction()
                    throw ExpectedFailure("the outer block fails after the inner one returned")
                }
            }
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("NESTED rolls back to its savepoint only, and the outer transaction goes on") {
            freshAccounts(db)
            transaction(db) {
                openAccount(3, "alan")
                shouldThrow<ExpectedFailure> {
                    transaction(db, nested) {
                        openAccount(4, "edsger")
                        throw ExpectedFailure("the nested block fails")
                    }
                }
                // A failed statement inside NESTED: PostgreSQL needs the savepoint to go on at all.
                shouldThrow<DataAccessException> { transaction(db, nested) { openAccount(1, "duplicate") } }
                transaction(db, nested) { openAccount(5, "barbara") }
                openAccount(6, "linus")
            }
            owners(db) shouldBe listOf("ada", "grace", "alan", "barbara", "linus")
        }

        test("NESTED without an open transaction starts one") {
            freshAccounts(db)
            shouldThrow<ExpectedFailure> {
                transaction(db, nested) {
                    openAccount(3, "alan")
                    throw ExpectedFailure("rolls back like any transaction")
                }
            }
            transaction(db, nested) { openAccount(4, "edsger") }
            owners(db) shouldBe listOf("ada", "grace", "edsger")
        }

        test("REQUIRES_NEW commits on its own connection even when the outer transaction rolls back") {
            freshAccounts(db)
            shouldThrow<ExpectedFailure> {
                transaction(db) {
                    val outer = currentTransaction()
                    // SQLite has one writer at a time: the independent transaction writes before the
                    // outer one takes the write lock.
                    transaction(db, requiresNew) {
                        currentTransaction() shouldNotBeSameInstanceAs outer
                        openAccount(3, "audit")
                    }
                    currentTransaction() shouldBeSameInstanceAs outer
                    openAccount(4, "alan")
                    throw ExpectedFailure("the outer block fails")
                }
            }
            owners(db) shouldBe listOf("ada", "grace", "audit")
        }

        test("a transaction after a failed one works") {
            freshAccounts(db)
            shouldThrow<DataAccessException> { transaction(db) { openAccount(1, "duplicate") } }
            transaction(db) { openAccount(3, "alan") }
            owners(db) shouldBe listOf("ada", "grace", "alan")
        }

        test("a hundred failing transactions in a row leave every connection in the pool") {
            freshAccounts(db)
            repeat(100) { n ->
                val failure = runCatching {
                    transaction(db) {
                        openAccount(1000 + n, "temporary")
                        if (n % 2 == 0) openAccount(1, "duplicate") else throw ExpectedFailure("failure $n")
                    }
                }.exceptionOrNull()
                (failure is DataAccessException || failure is ExpectedFailure) shouldBe true
            }
            db.internals().gate().available() shouldBe TestDatabases.POOL_SIZE
            db.internals().activeConnections() shouldBe 0
            transaction(db) { openAccount(3, "alan") }
            owners(db) shouldBe listOf("ada", "grace", "alan")
        }
    }
})
