package dev.quarry.migrate;

import java.util.Locale;

/** What a migration, or a row of the history table, is made of. */
public enum MigrationKind {
    /** SQL script files. */
    SQL,
    /** A {@link CodeMigration}. */
    CODE,
    /** A baseline row: the database already had everything up to this version. */
    BASELINE;

    /** The name stored in the history table. */
    String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind stored under a name.
     *
     * @throws MigrationException for a name no runner writes
     */
    static MigrationKind fromStoredName(String stored) {
        for (MigrationKind kind : values()) {
            if (kind.storedName().equals(stored)) {
                return kind;
            }
        }
        throw new MigrationException("the history table holds unknown migration kind '" + stored
                + "'; expected sql, code or baseline");
    }
}
