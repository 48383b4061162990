package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.ExecutedStatement
import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.core.spec.style.scopes.FunSpecContainerScope
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList

/**
 * The databases of the DSL suite: one shared pooled database per enabled test server, recording
 * every statement it runs, and the databases tests open for themselves. All of them are checked
 * for leaked connections after every test ([PoolLeakCheck]).
 */
object TestDatabases {
    const val POOL_SIZE = 4
    private val shared = ConcurrentHashMap<String, Database>()
    private val opened = CopyOnWriteArrayList<Database>()
    private val executed = CopyOnWriteArrayList<ExecutedStatement>()

    /** The shared database of a family. */
    fun of(family: String): Database = shared.computeIfAbsent(family) {
        open(family, "dsl-test-$family") { statementListener { executed.add(it) } }
    }

    /** Opens a database of its own on a family's server; closed at the end of the run unless closed before. */
    fun open(
        family: String,
        name: String,
        poolSize: Int = POOL_SIZE,
        configure: DatabaseConfig.Builder.() -> Unit = {},
    ): Database = connect(TestTargets.get(family).jdbcUrl(), name, poolSize, configure)

    /** Opens another database on the same server as [like]. */
    fun openLike(
        like: Database,
        name: String,
        poolSize: Int = POOL_SIZE,
        configure: DatabaseConfig.Builder.() -> Unit = {},
    ): Database = connect(requireNotNull(like.config().url()) { "${like.name()} was opened on a data source" }, name, poolSize, configure)

    private fun connect(url: String, name: String, poolSize: Int, configure: DatabaseConfig.Builder.() -> Unit): Database {
        val builder = DatabaseConfig.builder(url).name(name).poolSize(poolSize)
        builder.configure()
        return Database.connect(builder.build()).also {
            opened.add(it)
            TestTargets.closeAtEnd(it)
        }
    }

    /** Every database opened so far and not closed. */
    fun openDatabases(): List<Database> = opened.filterNot { it.isClosed }

    /** Statements run since the last call, by any test database. */
    fun drainExecuted(): List<ExecutedStatement> = executed.toList().also { executed.clear() }
}

/** Registers the same tests once per enabled database, in a context named after it. */
fun FunSpec.onEveryDialect(tests: suspend FunSpecContainerScope.(Database) -> Unit) {
    for (family in TestTargets.enabledFamilies()) {
        context(family) { tests(TestDatabases.of(family)) }
    }
}
