@NullMarked
package dev.quarry.schema;

import org.jspecify.annotations.NullMarked;
