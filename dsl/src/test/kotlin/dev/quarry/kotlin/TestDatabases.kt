package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.ExecutedStatement
import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.core.spec.style.scopes.FunSpecContainerScope
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList

/** One pooled database per enabled test server for the whole run, recording every statement it runs. */
object TestDatabases {
    const val POOL_SIZE = 4
    private val open = ConcurrentHashMap<String, Database>()
    private val executed = CopyOnWriteArrayList<ExecutedStatement>()

    fun of(family: String): Database = open.computeIfAbsent(family) {
        val target = TestTargets.get(family)
        Database.connect(
            DatabaseConfig.builder(target.jdbcUrl())
                .name("dsl-test-${target.name()}")
                .poolSize(POOL_SIZE)
                .statementListener { executed.add(it) }
                .build(),
        ).also { TestTargets.closeAtEnd(it) }
    }

    /** Statements run since the last call, by any test database. */
    fun drainExecuted(): List<ExecutedStatement> = executed.toList().also { executed.clear() }
}

/** Registers the same tests once per enabled database, in a context named after it. */
fun FunSpec.onEveryDialect(tests: suspend FunSpecContainerScope.(Database) -> Unit) {
    for (family in TestTargets.enabledFamilies()) {
        context(family) { tests(TestDatabases.of(family)) }
    }
}
