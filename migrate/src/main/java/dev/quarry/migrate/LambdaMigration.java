package dev.quarry.migrate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A code migration made of lambdas by {@link CodeMigration#of}. Immutable. */
record LambdaMigration(long version, String description, MigrationStep upStep, @Nullable MigrationStep downStep)
        implements CodeMigration {

    LambdaMigration {
        if (version <= 0) {
            throw new IllegalArgumentException("migration version must be positive, got " + version
                    + " for '" + description + "'");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(upStep, "up");
    }

    @Override
    public void up(MigrationContext context) throws Exception {
        upStep.run(context);
    }

    @Override
    public boolean hasDown() {
        return downStep != null;
    }

    @Override
    public void down(MigrationContext context) throws Exception {
        if (downStep == null) {
            CodeMigration.super.down(context);
            return;
        }
        downStep.run(context);
    }

    @Override
    public String toString() {
        return "CodeMigration[" + version + " " + description + "]";
    }
}
