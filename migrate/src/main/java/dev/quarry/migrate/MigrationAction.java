package dev.quarry.migrate;

import java.util.Objects;

/**
 * One direction of a migration, ready to run. Immutable.
 *
 * @param source the script's file name or the code migration, for messages
 * @param transactional whether it runs in a transaction where the database has transactional DDL
 * @param step what it does
 */
record MigrationAction(String source, boolean transactional, MigrationStep step) {
    MigrationAction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(step, "step");
    }

    /** The action of a script: its statements, split by the syntax of the database it runs on. */
    static MigrationAction of(ScriptFile file) {
        SqlScript script = new SqlScript(file.text());
        return new MigrationAction(file.name(), script.transactional(), context -> {
            ScriptSyntax syntax = RunnerDialects.forDialect(context.dialect()).scriptSyntax();
            for (String statement : script.statements(syntax)) {
                context.execute(statement);
            }
        });
    }
}
