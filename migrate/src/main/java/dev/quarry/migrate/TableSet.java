package dev.quarry.migrate;

import dev.quarry.sql.Table;
import java.util.List;

/**
 * The table objects of an application, for {@code quarry-migrate diff} and {@code generate}:
 * implement it in a class with a no-argument constructor (or as a Kotlin {@code object}) and pass
 * the class name with {@code --tables}.
 */
@FunctionalInterface
public interface TableSet {
    /** The tables, in any order; each table once. */
    List<? extends Table> tables();
}
