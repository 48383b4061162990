/**
 * Subscribing to what a {@link dev.quarry.jdbc.Database} does: its transactions, their attempts,
 * savepoints and statements. Logging, metrics and tracing are observers; register one with
 * {@link dev.quarry.jdbc.DatabaseConfig.Builder#observer}.
 */
@NullMarked
package dev.quarry.jdbc.observation;

import org.jspecify.annotations.NullMarked;
