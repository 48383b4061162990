package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.RecordMappingException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record class as Quarry builds and reads it: its components in declaration order, its
 * canonical constructor and its accessors, looked up once per class and cached for the life of
 * the class. Records need not be public: Quarry makes their constructor and accessors accessible,
 * which works for every record on the class path and for records in packages their module opens.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record class
 */
public final class RecordType<R extends Record> {
    private static final ClassValue<RecordType<?>> TYPES = new ClassValue<>() {
        @Override
        protected RecordType<?> computeValue(Class<?> type) {
            return new RecordType<>(type.asSubclass(Record.class));
        }
    };
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final Class<R> type;
    private final String[] names;
    private final Class<?>[] types;
    private final Constructor<R> constructor;
    private final MethodHandle[] accessors;

    private RecordType(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.names = new String[components.length];
        this.types = new Class<?>[components.length];
        this.accessors = new MethodHandle[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getType();
                accessors[i] = LOOKUP.unreflect(accessible(components[i].getAccessor()))
                        .asType(MethodType.methodType(Object.class, Object.class));
            }
            this.constructor = accessible(type.getDeclaredConstructor(types));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot use record " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The record type of a class.
     *
     * @throws IllegalArgumentException if the class is not a record, or its constructor or
     *     accessors cannot be made accessible
     */
    public static <R extends Record> RecordType<R> of(Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record; rows map to record classes only");
        }
        @SuppressWarnings("unchecked")
        RecordType<R> recordType = (RecordType<R>) TYPES.get(type);
        return recordType;
    }

    /** The record class. */
    public Class<R> type() {
        return type;
    }

    /** The number of components. */
    public int size() {
        return names.length;
    }

    /** A component's name. */
    public String name(int component) {
        return names[component];
    }

    /** A component's declared type; primitive for primitive components. */
    public Class<?> componentType(int component) {
        return types[component];
    }

    /** The component names, in order. */
    public List<String> names() {
        return List.of(names);
    }

    /** {@code Record.component}, for messages. */
    public String describe(int component) {
        return type.getSimpleName() + "." + names[component];
    }

    /** {@code Record.component (Type)}, for messages about types. */
    public String describeWithType(int component) {
        return describe(component) + " (" + types[component].getSimpleName() + ")";
    }

    /**
     * Builds a record with the canonical constructor from its arguments in component order. The
     * caller guarantees that each argument fits its component (non-null and of the boxed type for
     * primitives).
     *
     * @throws RecordMappingException if the constructor throws, with its exception as the cause
     */
    public R construct(@Nullable Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException) {
                throw new RecordMappingException("the constructor of " + type.getName() + " rejected the row: "
                        + cause.getMessage(), cause);
            }
            throw new RecordMappingException("the constructor of " + type.getName() + " failed: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new RecordMappingException("the constructor of " + type.getName() + " failed: " + e, e);
        }
    }

    /**
     * The value of a component of a record of this type, boxed for primitives.
     *
     * @throws ClassCastException if the record is of another type
     */
    public @Nullable Object value(Record record, int component) {
        try {
            return (Object) accessors[component].invokeExact((Object) type.cast(record));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new RecordMappingException("reading " + describe(component) + " failed: " + e, e);
        }
    }

    @Override
    public String toString() {
        return type.getName() + Arrays.toString(names);
    }

    private <A extends AccessibleObject> A accessible(A member) {
        if (!member.trySetAccessible()) {
            throw new IllegalArgumentException("cannot use record " + type.getName() + ": " + member
                    + " is not accessible to Quarry; make the record public in an exported package, or open its"
                    + " package to Quarry's module");
        }
        return member;
    }
}
