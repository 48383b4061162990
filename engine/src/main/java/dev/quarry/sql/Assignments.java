package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.List;

/** Checks assignments: each column belongs to the statement's table and is assigned once. */
final class Assignments {
    private Assignments() {
    }

    /** The existing assignments with one more, after checking it, as an immutable list. */
    static List<Assignment<?>> append(List<Assignment<?>> existing, Table table, Assignment<?> added, String statement) {
        check(existing, existing.size(), table, added, statement);
        Assignment<?>[] combined = existing.toArray(new Assignment<?>[existing.size() + 1]);
        combined[existing.size()] = added;
        return List.of(combined);
    }

    /** An immutable copy of a whole row of assignments, after checking each of them. */
    static List<Assignment<?>> checkedRow(List<Assignment<?>> row, Table table, String statement) {
        for (int i = 0; i < row.size(); i++) {
            check(row, i, table, row.get(i), statement);
        }
        return List.copyOf(row);
    }

    /** Checks an assignment against the first {@code before} assignments of a list. */
    private static void check(List<Assignment<?>> assignments, int before, Table table, Assignment<?> added, String statement) {
        Column<?> column = added.column();
        if (column.table() != table) {
            throw new InvalidQueryException(statement + " " + table + " cannot set " + column.qualifiedName()
                    + ", a column of another table");
        }
        for (int i = 0; i < before; i++) {
            if (assignments.get(i).column().equals(column)) {
                throw new InvalidQueryException(statement + " " + table + " sets " + column.qualifiedName() + " twice");
            }
        }
    }
}
