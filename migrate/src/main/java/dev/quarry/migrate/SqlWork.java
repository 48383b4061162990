package dev.quarry.migrate;

import org.jspecify.annotations.Nullable;

/** Work run as one unit by a {@link RunnerDialect}; may fail with anything a migration throws. */
@FunctionalInterface
interface SqlWork<R extends @Nullable Object> {
    R run() throws Exception;
}
