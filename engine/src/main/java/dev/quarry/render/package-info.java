@NullMarked
package dev.quarry.render;

import org.jspecify.annotations.NullMarked;
