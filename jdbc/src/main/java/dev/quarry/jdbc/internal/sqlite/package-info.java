@NullMarked
package dev.quarry.jdbc.internal.sqlite;

import org.jspecify.annotations.NullMarked;
