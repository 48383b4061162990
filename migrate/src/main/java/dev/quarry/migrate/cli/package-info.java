@NullMarked
package dev.quarry.migrate.cli;

import org.jspecify.annotations.NullMarked;
