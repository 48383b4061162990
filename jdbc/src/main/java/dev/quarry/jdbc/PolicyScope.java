package dev.quarry.jdbc;

import dev.quarry.policy.PolicyContext;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A policy context bound to the calling thread for the duration of a block, so that Java code can
 * run whole units of work in it without handing it to every transaction:
 * {@code PolicyScope.run(PolicyContext.of(TENANT, 7L), () -> db.inTransaction(tx -> …))}.
 *
 * <p>Rules:
 * <ul>
 *   <li>Every statement a transaction runs on this thread while the block runs, without a context
 *       of its own, is policed with the scope's context. A view from
 *       {@link Transaction#withPolicyContext} (or {@link Transaction#withoutPolicies}) still wins:
 *       its context is used instead.</li>
 *   <li>A nested scope adds its context to the enclosing one (its values and rights win, as
 *       {@link PolicyContext#plus} does) until it ends; the enclosing context is then in effect
 *       again, also when the block throws.</li>
 *   <li>The scope belongs to the thread: work handed to another thread (an executor,
 *       {@code Database.transactionAsync}, a parallel stream) does not see it; open a scope there,
 *       or pass the context explicitly.</li>
 *   <li>Outside any scope the context is {@link PolicyContext#empty()}: statements on policed
 *       tables fail with {@code PolicyContextMissingException}, as before.</li>
 * </ul>
 *
 * <p>Kotlin code keeps its context in the coroutine context ({@code withPolicyContext}), which the
 * scope does not affect. Thread-safe: each thread sees only its own scopes.
 */
public final class PolicyScope {
    private static final ThreadLocal<@Nullable PolicyContext> CURRENT = new ThreadLocal<>();

    private PolicyScope() {
    }

    /** Runs {@code block} on this thread with {@code context} added to the current scope's context. */
    public static void run(PolicyContext context, Runnable block) {
        Objects.requireNonNull(block, "block");
        call(context, () -> {
            block.run();
            return null;
        });
    }

    /**
     * Runs {@code block} on this thread with {@code context} added to the current scope's context
     * and returns its result; exceptions of the block reach the caller unchanged.
     */
    public static <T extends @Nullable Object> T call(PolicyContext context, Supplier<T> block) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(block, "block");
        PolicyContext enclosing = CURRENT.get();
        CURRENT.set(enclosing == null ? context : enclosing.plus(context));
        try {
            return block.get();
        } finally {
            if (enclosing == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(enclosing);
            }
        }
    }

    /** The context of this thread's innermost scope, or {@link PolicyContext#empty()} outside any. */
    public static PolicyContext current() {
        PolicyContext context = CURRENT.get();
        return context == null ? PolicyContext.empty() : context;
    }
}
