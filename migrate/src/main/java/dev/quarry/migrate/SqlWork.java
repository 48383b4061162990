package dev.quarry.migrate;

/** Work run as one unit by a {@link RunnerDialect}; may fail with anything a migration throws. */
@FunctionalInterface
interface SqlWork<R> {
    R run() throws Exception;
}
