@NullMarked
package dev.quarry.migrate;

import org.jspecify.annotations.NullMarked;
