package dev.quarry.kotlin

import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.shouldBe
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger
import kotlin.coroutines.ContinuationInterceptor
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/**
 * JDBC calls of the suspend API run on the database's dispatcher, a view of `Dispatchers.IO` as wide
 * as its pool, whatever dispatcher the caller is on: never on the caller's own threads, never more
 * at once than there are connections. Callers on `Dispatchers.IO` itself keep their thread, still
 * within the connection limit. A transaction given another context runs there,
 * and one given `EmptyCoroutineContext` stays on the caller's thread.
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
                singleCaller { single -> withContext(single) { transaction(db) { Users.selectAll().count() } } }
                withContext(Dispatchers.Default) { transaction(db) { Users.selectAll().count() } }
                transaction(db) { withContext(Dispatchers.IO) { Users.selectAll().count() } }
                transaction(db) { launch(Dispatchers.Default) { Users.selectAll().count() } }
                threads.shouldNotBeEmpty()
                // The workers that Dispatchers.Default and Dispatchers.IO share, in their blocking mode.
                threads.all { it.startsWith("DefaultDispatcher-worker-") } shouldBe true
            }

            test("on Dispatchers.IO the transaction stays on the caller's thread") {
                threads.clear()
                val callerThread = withContext(Dispatchers.IO) {
                    val name = Thread.currentThread().name.substringBefore(" @")
                    transaction(db) {
                        // Not the database's dispatcher, whose every dispatch may move to another thread.
                        currentCoroutineContext()[ContinuationInterceptor] shouldBe Dispatchers.IO
                        Users.selectAll().count()
                    }
                    name
                }
                threads shouldBe setOf(callerThread)
            }

            test("no more transactions run at once than there are connections, from Dispatchers.IO too") {
                running.set(0)
                mostAtOnce.set(0)
                withContext(Dispatchers.IO) {
                    (1..40).map {
                        async {
                            transaction(db) {
                                mostAtOnce.accumulateAndGet(running.incrementAndGet(), ::maxOf)
                                Users.selectAll().count()
                                Thread.sleep(2)
                                running.decrementAndGet()
                            }
                        }
                    }.awaitAll()
                }
                mostAtOnce.get() shouldBeLessThanOrEqual poolSize
                db.internals().gate().available() shouldBe poolSize
            }

            test("with an empty context every statement of the transaction runs on the caller's thread") {
                singleCaller { single ->
                    threads.clear()
                    withContext(single) {
                        transaction(db, context = EmptyCoroutineContext) {
                            Users.selectAll().count()
                            // Statements go back to the transaction's thread from wherever the block went.
                            withContext(Dispatchers.IO) { Users.selectAll().count() }
                            transaction(db) { Users.selectAll().count() } // joins: stays where the outer one runs
                        }
                    }
                    threads shouldBe setOf("single-caller")
                }
            }

            test("a transaction given a dispatcher runs its statements there") {
                singleCaller { single ->
                    threads.clear()
                    withContext(Dispatchers.Default) { transaction(db, context = single) { Users.selectAll().count() } }
                    threads shouldBe setOf("single-caller")
                }
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

/** Runs [block] with a dispatcher of one thread named `single-caller`, closed afterwards. */
private suspend fun singleCaller(block: suspend (CoroutineDispatcher) -> Unit) {
    Executors.newSingleThreadExecutor { Thread(it, "single-caller") }.asCoroutineDispatcher().use { block(it) }
}
