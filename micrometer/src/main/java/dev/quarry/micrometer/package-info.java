/**
 * Micrometer metrics of Quarry databases: statement and transaction timers, connection waits,
 * retries, budget violations, and the gauges of the HikariCP pool Quarry creates. Attach them with
 * {@link dev.quarry.micrometer.QuarryMetrics#configure}.
 */
@NullMarked
package dev.quarry.micrometer;

import org.jspecify.annotations.NullMarked;
