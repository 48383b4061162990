@NullMarked
package dev.quarry.migrate.schema;

import org.jspecify.annotations.NullMarked;
