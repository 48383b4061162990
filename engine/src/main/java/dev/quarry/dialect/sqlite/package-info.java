@NullMarked
package dev.quarry.dialect.sqlite;

import org.jspecify.annotations.NullMarked;
