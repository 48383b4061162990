@NullMarked
package dev.quarry.jdbc;

import org.jspecify.annotations.NullMarked;
