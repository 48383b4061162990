package dev.quarry.faults

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.testkit.TestTargets
import io.kotest.core.listeners.AfterEachListener
import io.kotest.core.spec.style.FunSpec
import io.kotest.core.spec.style.scopes.FunSpecContainerScope
import io.kotest.core.test.TestCase
import io.kotest.engine.test.TestResult
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList

/**
 * The databases of the fault suite. Each test opens its own pools and closes them when done, so
 * that the sessions a server holds can be counted against one pool at a time.
 */
object FaultDatabases {
    private val opened = CopyOnWriteArrayList<Database>()

    /** Opens a database on a family's test server. */
    fun open(family: String, name: String, poolSize: Int = 4, configure: DatabaseConfig.Builder.() -> Unit = {}): Database =
        openUrl(TestTargets.get(family).jdbcUrl(), name, poolSize, configure)

    /**
     * Opens a database on a URL, labelled with [name] on the server where the driver allows it
     * (PostgreSQL's application name), so its sessions can be counted.
     */
    fun openUrl(url: String, name: String, poolSize: Int = 4, configure: DatabaseConfig.Builder.() -> Unit = {}): Database {
        val builder = DatabaseConfig.builder(url).name(name).poolSize(poolSize)
        if (url.startsWith("jdbc:postgresql:")) builder.property("ApplicationName", name)
        // Slow writes hold SQLite's one write lock for a second or more on a busy machine, and the lock
        // is not fair: a writer can lose every race for it for longer than the 5 s default. The suite
        // checks atomicity, not lock fairness, so its writers wait longer.
        if (url.startsWith("jdbc:sqlite:")) builder.property("busy_timeout", "30000")
        builder.configure()
        return Database.connect(builder.build()).also {
            opened.add(it)
            TestTargets.closeAtEnd(it)
        }
    }

    /** Every database opened and not closed yet. */
    fun openDatabases(): List<Database> = opened.filterNot { it.isClosed }
}

/** Registers the same tests once per enabled database, in a context named after it. */
fun FunSpec.onEveryDialect(tests: suspend FunSpecContainerScope.(family: String) -> Unit) {
    for (family in TestTargets.enabledFamilies()) {
        context(family) { tests(family) }
    }
}

/**
 * Registers tests for the enabled server databases only, PostgreSQL and MySQL/MariaDB: they are
 * about server sessions, which an embedded SQLite database does not have.
 */
fun FunSpec.onEveryServer(tests: suspend FunSpecContainerScope.(family: String) -> Unit) {
    for (family in TestTargets.enabledFamilies().filter { it != "sqlite" }) {
        context(family) { tests(family) }
    }
}

/**
 * After every test, every open database of the suite must have all its connections idle and its
 * permits free: a leak fails the test that caused it.
 */
object PoolLeakCheck : AfterEachListener {
    override suspend fun afterEach(testCase: TestCase, result: TestResult) {
        for (db in FaultDatabases.openDatabases()) {
            check(db.internals().awaitIdle(Duration.ofSeconds(15))) {
                "${testCase.name.name} leaked on database '${db.name()}': ${db.internals().usage()}"
            }
        }
    }
}
