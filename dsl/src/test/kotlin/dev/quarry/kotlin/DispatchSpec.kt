package dev.quarry.kotlin

import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/**
 * JDBC calls of the suspend API run on the database's dispatcher, a view of `Dispatchers.IO` as wide
 * as its pool, whatever dispatcher the caller is on: never on the caller's own threads, never more
 * at once than there are connections.
 */
class DispatchSpec : FunSpec({

    for (family in TestTargets.enabledFamilies()) {
        context(family) {
            val poolSize = 3
            val threads = ConcurrentHashMap.newKeySet<String>()
            val running = AtomicInteger()
            val mostAtOnce = AtomicInteger()
            // Under -ea the coroutine debug agent appends " @coroutine#N" to thread names.
            val db = TestDatabases.open(family, "dispatch-test-$family", poolSize) {
                statementListener { threads.add(Thread.currentThread().name.substringBefore(" @")) }
            }
            transaction(db) {
                dropTables(Users)
                createTables(Users)
                Users.insert { it[name] = "Ada"; it[age] = 36; it[active] = true }
            }

            test("statements run on the database's dispatcher from any caller dispatcher") {
                threads.clear()
                Executors.newSingleThreadExecutor { Thread(it, "single-caller") }.asCoroutineDispatcher().use { single ->
                    withContext(single) { transaction(db) { Users.selectAll().count() } }
                }
                withContext(Dispatchers.Default) { transaction(db) { Users.selectAll().count() } }
                transaction(db) { withContext(Dispatchers.IO) { Users.selectAll().count() } }
                transaction(db) { launch(Dispatchers.Default) { Users.selectAll().count() } }
                threads.shouldNotBeEmpty()
                // The workers that Dispatchers.Default and Dispatchers.IO share, in their blocking mode.
                threads.all { it.startsWith("DefaultDispatcher-worker-") } shouldBe true
            }

            test("no more transactions run at once than there are connections") {
                withContext(Dispatchers.Default) {
                    coroutineScope {
                        (1..40).map {
                            async {
                                transaction(db) {
                                    val now = running.incrementAndGet()
                                    mostAtOnce.accumulateAndGet(now, ::maxOf)
                                    Users.selectAll().count()
                                    delay(5)
                                    running.decrementAndGet()
                                }
                            }
                        }.awaitAll()
                    }
                }
                mostAtOnce.get() shouldBeLessThanOrEqual poolSize
                db.internals().gate().available() shouldBe poolSize
            }
        }
    }
})
