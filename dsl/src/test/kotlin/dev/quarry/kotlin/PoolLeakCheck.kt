package dev.quarry.kotlin

import io.kotest.core.listeners.AfterEachListener
import io.kotest.core.test.TestCase
import io.kotest.engine.test.TestResult
import java.time.Duration

/**
 * After every test, every open test database must have all its connections idle and its permits
 * free: a leak fails the test that caused it. Work still finishing (a cancelled statement returning)
 * gets a few seconds.
 */
object PoolLeakCheck : AfterEachListener {
    override suspend fun afterEach(testCase: TestCase, result: TestResult) {
        for (db in TestDatabases.openDatabases()) {
            check(db.internals().awaitIdle(Duration.ofSeconds(10))) {
                "${testCase.name.name} leaked on database '${db.name()}': ${db.internals().usage()}"
            }
        }
    }
}
