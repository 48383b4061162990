@NullMarked
package dev.quarry.dialect;

import org.jspecify.annotations.NullMarked;
