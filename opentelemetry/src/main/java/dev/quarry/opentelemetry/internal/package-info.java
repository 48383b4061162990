/** The tracing observer's workings; not API, may change in any release. */
@NullMarked
package dev.quarry.opentelemetry.internal;

import org.jspecify.annotations.NullMarked;
