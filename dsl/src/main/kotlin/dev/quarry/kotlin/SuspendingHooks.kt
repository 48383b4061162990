package dev.quarry.kotlin

import dev.quarry.jdbc.hooks.Hooks
import dev.quarry.jdbc.hooks.StatementInterceptor
import dev.quarry.jdbc.hooks.WriteEvent
import dev.quarry.jdbc.hooks.WriteHook
import dev.quarry.jdbc.internal.JdbcTransaction
import dev.quarry.sql.Table
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.runBlocking

/**
 * Builds the [Hooks] of a database from Kotlin, with table hooks that may suspend:
 *
 * ```
 * val hooks = hooks {
 *     beforeUpdate(Gigs) { event -> event.set(Gigs.updatedAt, clock.instant()) }
 *     afterInsert(Gigs) { event -> Tickets.insert { … } }
 * }
 * Database.connect(DatabaseConfig.builder(url).hooks(hooks).build())
 * ```
 *
 * A hook runs where the pipeline puts it (see [Hooks]: after the interceptors and the hooks
 * registered before it, before the validators for a before-hook, after the audit for an
 * after-hook), whichever API sent the write. It runs as a coroutine that joins the write's
 * transaction: the DSL's suspend functions called in it ([currentTransaction], queries, writes)
 * run their statements in that transaction on the hook's thread, which the write occupies until
 * the hook returns. The hook does not see the writer's policy context; give it one with
 * [withPolicyContext] when its own statements touch policed tables. A before-hook vetoes the write
 * by throwing; the exception reaches the writer unchanged and nothing is sent.
 */
public fun hooks(build: HooksScope.() -> Unit): Hooks = HooksScope().apply(build).builder.build()

/** What [hooks] collects into; not thread-safe. */
public class HooksScope internal constructor() {
    internal val builder: Hooks.Builder = Hooks.builder()

    /** Runs [hook] before every insert into [table] (upserts and INSERT … SELECT included). */
    public fun beforeInsert(table: Table, hook: suspend (WriteEvent) -> Unit) {
        builder.beforeInsert(table, SuspendingWriteHook(hook))
    }

    /** Runs [hook] after every insert into [table]. */
    public fun afterInsert(table: Table, hook: suspend (WriteEvent) -> Unit) {
        builder.afterInsert(table, SuspendingWriteHook(hook))
    }

    /** Runs [hook] before every update of [table]. */
    public fun beforeUpdate(table: Table, hook: suspend (WriteEvent) -> Unit) {
        builder.beforeUpdate(table, SuspendingWriteHook(hook))
    }

    /** Runs [hook] after every update of [table]. */
    public fun afterUpdate(table: Table, hook: suspend (WriteEvent) -> Unit) {
        builder.afterUpdate(table, SuspendingWriteHook(hook))
    }

    /** Runs [hook] before every delete from [table]. */
    public fun beforeDelete(table: Table, hook: suspend (WriteEvent) -> Unit) {
        builder.beforeDelete(table, SuspendingWriteHook(hook))
    }

    /** Runs [hook] after every delete from [table]. */
    public fun afterDelete(table: Table, hook: suspend (WriteEvent) -> Unit) {
        builder.afterDelete(table, SuspendingWriteHook(hook))
    }

    /** Adds an interceptor of every statement; see [StatementInterceptor]. */
    public fun interceptor(interceptor: StatementInterceptor) {
        builder.interceptor(interceptor)
    }
}

/**
 * A suspend function as a [WriteHook]: the pipeline calls it on the thread running the write,
 * which waits for the hook's coroutine. That coroutine carries the write's transaction with no
 * dispatcher of its own, so the statements it runs stay on that thread and in that transaction.
 */
private class SuspendingWriteHook(private val hook: suspend (WriteEvent) -> Unit) : WriteHook {
    override fun handle(event: WriteEvent) {
        val transaction = event.transaction() as? JdbcTransaction
        runBlocking(if (transaction == null) EmptyCoroutineContext else TransactionElement(transaction, null)) { hook(event) }
    }

    override fun toString(): String = "suspending hook $hook"
}
