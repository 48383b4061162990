package dev.quarry.kotlin

import dev.quarry.jdbc.CheckViolationException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.ExecutedStatement
import dev.quarry.jdbc.UniqueViolationException
import dev.quarry.jdbc.observation.DatabaseObserver
import dev.quarry.jdbc.observation.TransactionEnd
import dev.quarry.jdbc.observation.TransactionObserver
import dev.quarry.jdbc.observation.TransactionStart
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.sql.SQLException
import java.util.Collections
import java.util.IdentityHashMap
import java.util.concurrent.CopyOnWriteArrayList

/** Accounts whose e-mail address and API token must never be shown. */
object Vaults : Table("ks_vaults") {
    val id = integer("id")
    val email = varchar("email", 64).sensitive().unique()
    val token = varchar("token", 64).sensitive()
    val age = integer("age")
    override val primaryKey = primaryKey(id)
    val ageIsPositive = check("ck_ks_vaults_age", age gte 0)
}

/** Writes each statement with its binds and failure as a log line would, binds through their toString(). */
private class StatementLog : DatabaseObserver {
    val lines = CopyOnWriteArrayList<String>()

    override fun transactionStarted(start: TransactionStart): TransactionObserver = object : TransactionObserver {
        override fun statementExecuted(statement: ExecutedStatement) {
            lines += "${statement.sql()} -- binds: ${statement.binds()}" +
                (statement.failure()?.let { " -- failed: ${everything(it)}" } ?: "")
        }

        override fun transactionEnded(end: TransactionEnd) {
            lines += "transaction ${end.outcome()}" + (end.failure()?.let { ": ${everything(it)}" } ?: "")
        }
    }

    val text: String get() = lines.joinToString("\n")
}

/** The text of a failure and of every cause, suppressed and next exception reachable from it. */
private fun everything(failure: Throwable): String {
    val seen = Collections.newSetFromMap(IdentityHashMap<Throwable, Boolean>())
    val text = StringBuilder()
    fun collect(error: Throwable?) {
        if (error == null || !seen.add(error)) return
        text.append(error).append('\n')
        if (error is SQLException) collect(error.nextException)
        collect(error.cause)
        error.suppressed.forEach { collect(it) }
    }
    collect(failure)
    return text.toString()
}

private const val EMAIL = "grace.secret@example.org"
private const val TOKEN = "tok-91c0ffee"
private const val NEW_TOKEN = "tok-5eedf00d"

/** Values of sensitive Kotlin columns stay out of statement logs and exceptions on every database, and read back unmasked. */
class SensitiveValueSpec : FunSpec({

    suspend fun fresh(like: Database, log: StatementLog): Database {
        val db = TestDatabases.openLike(like, "sensitive-kotlin-${like.dialect().name()}", 2) { observer(log) }
        transaction(db) {
            dropTables(Vaults)
            createMissingTables(Vaults)
            Vaults.insert { it[id] = 1; it[email] = EMAIL; it[token] = TOKEN; it[age] = 40 }
        }
        return db
    }

    fun String.shouldShowNoSecret(vararg secrets: String) {
        for (secret in secrets) {
            withClue("the secret $secret must not show in:\n$this") { this shouldNotContain secret }
        }
    }

    onEveryDialect { shared ->
        test("a duplicate insert fails as a unique violation whose messages and log show no secret") {
            val log = StatementLog()
            val db = fresh(shared, log)
            try {
                val duplicate = shouldThrow<UniqueViolationException> {
                    transaction(db) { Vaults.insert { it[id] = 2; it[email] = EMAIL; it[token] = NEW_TOKEN; it[age] = 20 } }
                }
                everything(duplicate).shouldShowNoSecret(EMAIL, NEW_TOKEN, TOKEN)
                log.text.shouldShowNoSecret(EMAIL, NEW_TOKEN, TOKEN)
                log.text shouldContain "***"
                if (db.dialect().name() != "sqlite") {
                    duplicate.constraint() shouldBe "uq_ks_vaults_email"
                    duplicate.message shouldContain "***"
                }
                (duplicate.cause as SQLException).sqlState shouldBe duplicate.sqlState()
            } finally {
                db.close()
            }
        }

        test("a failing update is still a check violation and shows no secret") {
            val log = StatementLog()
            val db = fresh(shared, log)
            try {
                val check = shouldThrow<CheckViolationException> {
                    transaction(db) { Vaults.update({ email eq EMAIL }) { it[token] = NEW_TOKEN; it[age] = -1 } }
                }
                check.constraint() shouldBe "ck_ks_vaults_age"
                everything(check).shouldShowNoSecret(EMAIL, NEW_TOKEN)
                log.text.shouldShowNoSecret(EMAIL, NEW_TOKEN, TOKEN)
            } finally {
                db.close()
            }
        }

        test("a select by a sensitive column returns the values unmasked while the log masks the filter") {
            val log = StatementLog()
            val db = fresh(shared, log)
            try {
                val row = transaction(db) { Vaults.select { email eq EMAIL }.single() }
                row[Vaults.email] shouldBe EMAIL
                row[Vaults.token] shouldBe TOKEN
                log.text.shouldShowNoSecret(EMAIL, TOKEN)
                log.text shouldContain "-- binds: [***"
            } finally {
                db.close()
            }
        }
    }
})
