package dev.quarry.migrate.diff;

import dev.quarry.QuarryException;
import java.util.List;

/** A migration plan holds destructive changes and they were not allowed. */
public final class DestructiveChangeException extends QuarryException {
    private final List<PlannedChange> refused;

    public DestructiveChangeException(List<PlannedChange> refused) {
        super(message(refused));
        this.refused = List.copyOf(refused);
    }

    /** The destructive changes. */
    public List<PlannedChange> refused() {
        return refused;
    }

    private static String message(List<PlannedChange> refused) {
        StringBuilder message = new StringBuilder("the migration would lose data and destructive changes are not"
                + " allowed (allow them explicitly, e.g. --allow-destructive, after checking):");
        for (PlannedChange change : refused) {
            message.append("\n  DESTRUCTIVE ").append(change.reason());
        }
        return message.toString();
    }
}
