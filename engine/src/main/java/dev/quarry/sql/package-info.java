@NullMarked
package dev.quarry.sql;

import org.jspecify.annotations.NullMarked;
