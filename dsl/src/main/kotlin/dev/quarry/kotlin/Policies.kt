package dev.quarry.kotlin

import dev.quarry.policy.PolicyContext
import dev.quarry.policy.PolicyKey
import dev.quarry.policy.SoftDelete
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.withContext
import org.slf4j.LoggerFactory

private val policyLog = LoggerFactory.getLogger("dev.quarry.policy")

/**
 * The policy context of a coroutine, carried in its coroutine context: every statement a DSL
 * terminal operation runs is policed with it (see [dev.quarry.policy.RowPolicies]). Child
 * coroutines and `withContext` switches inherit it; without one, the context is empty and
 * statements on policed tables fail.
 *
 * @property context the policy context
 */
public class PolicyContextElement(public val context: PolicyContext) : AbstractCoroutineContextElement(Key) {

    /** The context key. */
    public companion object Key : CoroutineContext.Key<PolicyContextElement>

    override fun toString(): String = "PolicyContextElement($context)"
}

/** The policy context of the calling coroutine; empty when none was set. */
public suspend fun currentPolicyContext(): PolicyContext =
    currentCoroutineContext()[PolicyContextElement]?.context ?: PolicyContext.empty()

/**
 * Runs [block] with [context] added to the calling coroutine's policy context (its values and
 * rights win over the outer ones).
 */
public suspend fun <R> withPolicyContext(context: PolicyContext, block: suspend () -> R): R =
    withContext(PolicyContextElement(currentPolicyContext().plus(context))) { block() }

/** Runs [block] with [key] set to [value] in the policy context, such as the current tenant. */
public suspend fun <T : Any, R> withPolicyValue(key: PolicyKey<T>, value: T, block: suspend () -> R): R =
    withPolicyContext(PolicyContext.of(key, value), block)

/** Runs [block] with the right to see columns masked under [right] in clear. */
public suspend fun <R> withRight(right: String, block: suspend () -> R): R =
    withPolicyContext(PolicyContext.empty().withRight(right), block)

/** Runs [block] seeing soft-deleted rows as well (see [SoftDelete]). */
public suspend fun <R> includingDeleted(block: suspend () -> R): R =
    withPolicyValue(SoftDelete.INCLUDE_DELETED, true, block)

/**
 * Runs [block] with row policies bypassed: its statements see and change every row, and deletes
 * of soft-deleted tables remove rows for good. Column masks still apply. The bypass is logged with
 * [reason] at INFO on the logger `dev.quarry.policy`, when the block starts and for each statement.
 */
public suspend fun <R> withoutPolicies(reason: String, block: suspend () -> R): R {
    policyLog.info("row policies bypassed: {}", reason)
    return withContext(PolicyContextElement(currentPolicyContext().bypassingPolicies(reason))) { block() }
}
