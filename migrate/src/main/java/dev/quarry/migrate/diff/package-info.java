@NullMarked
package dev.quarry.migrate.diff;

import org.jspecify.annotations.NullMarked;
