package dev.quarry.kotlin

import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/**
 * Who the audit rows of the transactions started in this coroutine context name as their actor:
 * `withContext(AuditActor("alice")) { transaction(db) { … } }`. Read when a transaction begins;
 * without it, the database's configured supplier (`DatabaseConfig.Builder.auditActor`) is asked.
 *
 * @property name the actor's name, at most 128 characters
 */
public class AuditActor(public val name: String) : AbstractCoroutineContextElement(Key) {
    init {
        require(name.length <= 128) { "an audit actor's name has at most 128 characters, got ${name.length}" }
    }

    /** The context key. */
    public companion object Key : CoroutineContext.Key<AuditActor>

    override fun toString(): String = "AuditActor($name)"
}
