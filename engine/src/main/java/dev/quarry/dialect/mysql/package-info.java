@NullMarked
package dev.quarry.dialect.mysql;

import org.jspecify.annotations.NullMarked;
