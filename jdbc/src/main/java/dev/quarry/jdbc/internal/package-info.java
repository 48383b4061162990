@NullMarked
package dev.quarry.jdbc.internal;

import org.jspecify.annotations.NullMarked;
