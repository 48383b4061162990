/** The observer behind {@link dev.quarry.micrometer.QuarryMetrics}; not API, may change in any release. */
@NullMarked
package dev.quarry.micrometer.internal;

import org.jspecify.annotations.NullMarked;
