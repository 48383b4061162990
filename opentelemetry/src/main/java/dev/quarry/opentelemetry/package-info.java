/**
 * OpenTelemetry tracing for Quarry: {@link dev.quarry.opentelemetry.QuarryTracing} observes a
 * database's transactions and statements and turns them into spans.
 */
@NullMarked
package dev.quarry.opentelemetry;

import org.jspecify.annotations.NullMarked;
