@NullMarked
package dev.quarry;

import org.jspecify.annotations.NullMarked;
