package dev.quarry.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What row policies and column masks are evaluated from: typed values such as the current tenant,
 * the rights of the caller (a masked column is shown in clear to a context with its right), and
 * whether policies are bypassed. Every method returns a new context; instances are immutable and
 * thread-safe.
 *
 * <p>The Kotlin DSL builds it from the coroutine context; Java callers pass it explicitly, for a
 * whole transaction through {@code PolicyScope.run(context, …)} in the JDBC module or for some statements
 * through {@code transaction.withPolicyContext(…)}.
 */
public final class PolicyContext {
    private static final PolicyContext EMPTY = new PolicyContext(Map.of(), Set.of(), null);

    private final Map<PolicyKey<?>, Object> values;
    private final Set<String> rights;
    private final @Nullable String bypassReason;

    private PolicyContext(Map<PolicyKey<?>, Object> values, Set<String> rights, @Nullable String bypassReason) {
        this.values = values;
        this.rights = rights;
        this.bypassReason = bypassReason;
    }

    /** A context with no values and no rights: statements on policed tables fail in it. */
    public static PolicyContext empty() {
        return EMPTY;
    }

    /** A context holding one value. */
    public static <T> PolicyContext of(PolicyKey<T> key, T value) {
        return EMPTY.with(key, value);
    }

    /**
     * This context with {@code key} set to {@code value}, replacing any earlier value.
     *
     * @throws IllegalArgumentException if the value is not of the key's type
     */
    public <T> PolicyContext with(PolicyKey<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, () -> "the value of policy key " + key.name());
        if (!key.type().isInstance(value)) {
            throw new IllegalArgumentException("policy key " + key.name() + " holds " + key.type().getName()
                    + " values, not " + value.getClass().getName());
        }
        Map<PolicyKey<?>, Object> copy = new HashMap<>(values);
        copy.put(key, value);
        return new PolicyContext(Map.copyOf(copy), rights, bypassReason);
    }

    /** This context with every value and right of {@code other} added, {@code other}'s winning. */
    public PolicyContext plus(PolicyContext other) {
        Map<PolicyKey<?>, Object> mergedValues = new HashMap<>(values);
        mergedValues.putAll(other.values);
        Set<String> mergedRights = new HashSet<>(rights);
        mergedRights.addAll(other.rights);
        return new PolicyContext(Map.copyOf(mergedValues), Set.copyOf(mergedRights),
                other.bypassReason != null ? other.bypassReason : bypassReason);
    }

    /** This context with the right to see columns masked under {@code right}. */
    public PolicyContext withRight(String right) {
        Objects.requireNonNull(right, "right");
        Set<String> copy = new HashSet<>(rights);
        copy.add(right);
        return new PolicyContext(values, Set.copyOf(copy), bypassReason);
    }

    /**
     * This context with row policies switched off: statements see and change every row. Column
     * masks still apply. The JDBC layer logs each bypass with its reason.
     */
    public PolicyContext bypassingPolicies(String reason) {
        Objects.requireNonNull(reason, "reason");
        return new PolicyContext(values, rights, reason);
    }

    /** The value of a key, or null when the context has none. */
    public <T> @Nullable T get(PolicyKey<T> key) {
        return key.type().cast(values.get(key));
    }

    /**
     * The value of a key.
     *
     * @throws PolicyContextMissingException naming the key and {@code neededBy} when there is none
     */
    public <T> T require(PolicyKey<T> key, String neededBy) {
        T value = get(key);
        if (value == null) {
            throw new PolicyContextMissingException(neededBy + " needs the policy context value '" + key.name()
                    + "', but the context has none" + (values.isEmpty() ? " (no policy context was given)" : ""));
        }
        return value;
    }

    /** Whether the context has the right. */
    public boolean hasRight(String right) {
        return rights.contains(right);
    }

    /** Whether row policies are switched off. */
    public boolean bypassesPolicies() {
        return bypassReason != null;
    }

    /** Why row policies are switched off, or null when they apply. */
    public @Nullable String bypassReason() {
        return bypassReason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyContext that && values.equals(that.values) && rights.equals(that.rights)
                && Objects.equals(bypassReason, that.bypassReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, rights, bypassReason);
    }

    @Override
    public String toString() {
        return "PolicyContext" + values + (rights.isEmpty() ? "" : " rights " + rights)
                + (bypassReason == null ? "" : " bypassing policies: " + bypassReason);
    }
}
