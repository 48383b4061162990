package dev.quarry.faults

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.transaction
import dev.quarry.testkit.TestTargets
import io.kotest.assertions.throwables.shouldThrowAny
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.io.ByteArrayOutputStream
import java.io.OutputStream
import java.io.PrintStream
import java.time.Duration

/**
 * A password given to Quarry, in the URL or in the configuration, appears in no exception message
 * and no log line: not when the server refuses it, not when the server is unreachable, not when
 * statements, commits or connections fail.
 */
class CredentialsSpec : FunSpec({

    val secret = "Pa55-w0rd-that-must-stay-secret"

    onEveryServer { family ->
        val url = TestTargets.get(family).jdbcUrl()
        val unreachable = url.replace(Regex("//[^/]+/"), "//127.0.0.1:9/")

        test("a refused or unreachable login names neither the password in the URL nor the configured one") {
            val unreachableAttempts = listOf(
                DatabaseConfig.builder("$unreachable&password=$secret").name("faults-unreachable-url-$family"),
                DatabaseConfig.builder(unreachable).password(secret).name("faults-unreachable-config-$family"),
            )
            // The embedded MariaDB runs without grant tables and lets anybody in, so only PostgreSQL refuses a login here.
            val attempts = unreachableAttempts + if (family != "postgresql") emptyList() else listOf(
                DatabaseConfig.builder(url.replace("user=postgres", "user=nobody") + "&password=$secret").name("faults-refused-$family"),
            )
            val failures = mutableListOf<Throwable>()
            val logged = capturingStandardError {
                for (attempt in attempts) {
                    shouldThrowAny { Database.connect(attempt.connectionTimeout(Duration.ofSeconds(2)).build()).close() }
                        .also { failures += it }
                }
            }
            failures.flatMap(::messagesOf).filter { secret in it }.shouldBeEmpty()
            logged shouldNotContain secret
        }

        test("failing statements, lost connections and lost commits on a database opened with a password do not name it") {
            // The embedded servers take any password: PostgreSQL trusts local connections, MariaDB runs without grant tables.
            val withPassword = "$url&password=$secret"
            val leaks = mutableListOf<String>()
            val logged = capturingStandardError {
                FaultDatabases.openUrl(withPassword, "faults-credentials-$family", poolSize = 1).use { db ->
                    freshLedger(db)
                    leaks += listOf(db.toString(), db.config().toString()).filter { secret in it }
                    val sessions = ServerSessions(db)
                    val failures = listOf(
                        runCatching { transaction(db) { exec("SELECT no_such_column FROM fault_ledger") } },
                        runCatching { transaction(db) { record(1, 1); sessions.kill(sessions.ids()) } },
                        runCatching { transaction(db) { record(2, 1); sessions.kill(sessions.ids()); record(2, 2) } },
                    ).mapNotNull { it.exceptionOrNull() }
                    failures.size shouldBe 3
                    leaks += failures.flatMap(::messagesOf).filter { secret in it }
                    // An idle session killed: the next transaction runs on a fresh connection, and says so in the log.
                    transaction(db) { record(3, 1) }
                    sessions.kill(sessions.ids())
                    transaction(db) { record(4, 1) }
                }
            }
            leaks.shouldBeEmpty()
            logged shouldContain "dead before its transaction sent anything"
            logged shouldNotContain secret
        }
    }
})


/** The messages of a failure, its causes and what it suppressed. */
private fun messagesOf(failure: Throwable): List<String> {
    val messages = mutableListOf<String>()
    fun collect(throwable: Throwable?) {
        if (throwable == null) return
        messages += throwable.toString()
        throwable.suppressed.forEach(::collect)
        collect(throwable.cause)
    }
    collect(failure)
    return messages
}

/** Runs [block] while a copy of everything written to standard error is kept, and returns the copy. */
private suspend fun capturingStandardError(block: suspend () -> Unit): String {
    val original = System.err
    val copy = ByteArrayOutputStream()
    System.setErr(PrintStream(Tee(original, copy), true))
    try {
        block()
    } finally {
        System.setErr(original)
    }
    return copy.toString(Charsets.UTF_8)
}

private class Tee(private val first: OutputStream, private val second: OutputStream) : OutputStream() {
    override fun write(b: Int) {
        first.write(b)
        second.write(b)
    }

    override fun write(b: ByteArray, off: Int, len: Int) {
        first.write(b, off, len)
        second.write(b, off, len)
    }
}
