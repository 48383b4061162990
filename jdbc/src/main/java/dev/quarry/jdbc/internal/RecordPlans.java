package dev.quarry.jdbc.internal;

import dev.quarry.sql.Expression;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The resolved mappings of one record class, by the expressions a query selects: which component
 * each column fills and how its value is converted. A query shape that runs again finds its mapping
 * here instead of matching names and types anew. At most {@value #LIMIT} shapes per record class
 * are kept; when more come, the kept ones are dropped and collected anew. Thread-safe.
 */
final class RecordPlans {
    static final int LIMIT = 64;
    private static final ClassValue<RecordPlans> BY_CLASS = new ClassValue<>() {
        @Override
        protected RecordPlans computeValue(Class<?> type) {
            return new RecordPlans();
        }
    };

    /**
     * A resolved mapping; its arrays are shared and never changed.
     *
     * @param components the component each column fills, by column position
     * @param conversions the conversion into each component
     * @param boxedTypes each component's type, boxed
     */
    record Plan(int[] components, ValueConversion[] conversions, Class<?>[] boxedTypes) {
    }

    private final Map<List<Expression<?>>, Plan> byProjection = new ConcurrentHashMap<>();

    private RecordPlans() {
    }

    /** The plans of a record class. */
    static RecordPlans of(Class<?> recordClass) {
        return BY_CLASS.get(recordClass);
    }

    /** The plan resolved before for these selected expressions, or null. */
    @Nullable Plan find(List<Expression<?>> projection) {
        return byProjection.get(projection);
    }

    /** Keeps a plan resolved for these selected expressions. */
    void keep(List<Expression<?>> projection, Plan plan) {
        if (byProjection.size() >= LIMIT) {
            byProjection.clear();
        }
        byProjection.put(projection, plan);
    }
}
