/**
 * Table objects generated from a live schema: {@link dev.quarry.migrate.codegen.TableCodeGenerator}
 * reads the tables, and writes one Kotlin {@code object} or Java class per table that the diff
 * finds identical to the database. The {@code pull} command of the command line runs it.
 */
@NullMarked
package dev.quarry.migrate.codegen;

import org.jspecify.annotations.NullMarked;
