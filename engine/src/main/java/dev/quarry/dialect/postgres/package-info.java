@NullMarked
package dev.quarry.dialect.postgres;

import org.jspecify.annotations.NullMarked;
