package dev.quarry.jdbc.hooks;

import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hooks and interceptors of a database, registered with
 * {@link dev.quarry.jdbc.DatabaseConfig.Builder#hooks}:
 *
 * <pre>{@code
 * Hooks hooks = Hooks.builder()
 *         .beforeUpdate(ITEMS, event -> event.set(ITEMS.updatedAt, Instant.now()))
 *         .afterDelete(ITEMS, event -> log.info("{} items deleted", event.affectedRows()))
 *         .interceptor((transaction, statement) -> statement)
 *         .build();
 * }</pre>
 *
 * <p>Per write the order is: interceptors, the table's before-hooks in registration order, the
 * client-side validators of the table (which see what the hooks added), the audit's before images,
 * the statement, the audit row, the table's after-hooks. Immutable and thread-safe once built.
 */
public final class Hooks {
    /** No hooks and no interceptors. */
    public static final Hooks NONE = builder().build();

    private final Map<Table, Map<WriteKind, List<WriteHook>>> before;
    private final Map<Table, Map<WriteKind, List<WriteHook>>> after;
    private final List<StatementInterceptor> interceptors;

    private Hooks(Builder builder) {
        this.before = frozen(builder.before);
        this.after = frozen(builder.after);
        this.interceptors = List.copyOf(builder.interceptors);
    }

    /** A builder with nothing registered. */
    public static Builder builder() {
        return new Builder();
    }

    /** The hooks of a table run before writes of a kind, in registration order. */
    public List<WriteHook> before(Table table, WriteKind kind) {
        return of(before, table, kind);
    }

    /** The hooks of a table run after writes of a kind, in registration order. */
    public List<WriteHook> after(Table table, WriteKind kind) {
        return of(after, table, kind);
    }

    /** Whether any hook of any kind is registered for the table. */
    public boolean hooksTable(Table table) {
        return before.containsKey(table) || after.containsKey(table);
    }

    /** The statement interceptors, in registration order. */
    public List<StatementInterceptor> interceptors() {
        return interceptors;
    }

    /** Whether nothing at all is registered. */
    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty() && interceptors.isEmpty();
    }

    private static List<WriteHook> of(Map<Table, Map<WriteKind, List<WriteHook>>> hooks, Table table, WriteKind kind) {
        Map<WriteKind, List<WriteHook>> ofTable = hooks.get(table);
        return ofTable == null ? List.of() : ofTable.getOrDefault(kind, List.of());
    }

    private static Map<Table, Map<WriteKind, List<WriteHook>>> frozen(Map<Table, Map<WriteKind, List<WriteHook>>> hooks) {
        Map<Table, Map<WriteKind, List<WriteHook>>> copy = new IdentityHashMap<>();
        hooks.forEach((table, byKind) -> {
            Map<WriteKind, List<WriteHook>> kinds = new EnumMap<>(WriteKind.class);
            byKind.forEach((kind, list) -> kinds.put(kind, List.copyOf(list)));
            copy.put(table, kinds);
        });
        return copy;
    }

    /** Collects hooks; not thread-safe. */
    public static final class Builder {
        private final Map<Table, Map<WriteKind, List<WriteHook>>> before = new IdentityHashMap<>();
        private final Map<Table, Map<WriteKind, List<WriteHook>>> after = new IdentityHashMap<>();
        private final List<StatementInterceptor> interceptors = new ArrayList<>();

        private Builder() {
        }

        /** Runs the hook before every insert into the table (upserts and INSERT … SELECT included). */
        public Builder beforeInsert(Table table, WriteHook hook) {
            return add(before, table, WriteKind.INSERT, hook);
        }

        /** Runs the hook after every insert into the table. */
        public Builder afterInsert(Table table, WriteHook hook) {
            return add(after, table, WriteKind.INSERT, hook);
        }

        /** Runs the hook before every update of the table. */
        public Builder beforeUpdate(Table table, WriteHook hook) {
            return add(before, table, WriteKind.UPDATE, hook);
        }

        /** Runs the hook after every update of the table. */
        public Builder afterUpdate(Table table, WriteHook hook) {
            return add(after, table, WriteKind.UPDATE, hook);
        }

        /** Runs the hook before every delete from the table. */
        public Builder beforeDelete(Table table, WriteHook hook) {
            return add(before, table, WriteKind.DELETE, hook);
        }

        /** Runs the hook after every delete from the table. */
        public Builder afterDelete(Table table, WriteHook hook) {
            return add(after, table, WriteKind.DELETE, hook);
        }

        /** Adds an interceptor of every statement; see {@link StatementInterceptor}. */
        public Builder interceptor(StatementInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** The hooks. */
        public Hooks build() {
            return new Hooks(this);
        }

        private Builder add(Map<Table, Map<WriteKind, List<WriteHook>>> hooks, Table table, WriteKind kind, WriteHook hook) {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(hook, "hook");
            if (table.kind() != Table.Kind.BASE) {
                throw new IllegalArgumentException("hooks belong to a table in the database, not to the "
                        + table.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + table);
            }
            hooks.computeIfAbsent(table, key -> new EnumMap<>(WriteKind.class))
                    .computeIfAbsent(kind, key -> new ArrayList<>()).add(hook);
            return this;
        }
    }
}
