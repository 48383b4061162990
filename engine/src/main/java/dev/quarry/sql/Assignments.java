package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;

/** Appends an assignment to a list after checking the column's table and that it is not assigned yet. */
final class Assignments {
    private Assignments() {
    }

    static List<Assignment<?>> append(List<Assignment<?>> existing, Table table, Assignment<?> added, String statement) {
        Column<?> column = added.column();
        if (column.table() != table) {
            throw new InvalidQueryException(statement + " " + table + " cannot set " + column.qualifiedName()
                    + ", a column of another table");
        }
        for (Assignment<?> assignment : existing) {
            if (assignment.column().equals(column)) {
                throw new InvalidQueryException(statement + " " + table + " sets " + column.qualifiedName() + " twice");
            }
        }
        List<Assignment<?>> combined = new ArrayList<>(existing.size() + 1);
        combined.addAll(existing);
        combined.add(added);
        return combined;
    }
}
