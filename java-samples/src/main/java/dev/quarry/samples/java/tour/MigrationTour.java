package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.Publishers.PUBLISHERS;
import static dev.quarry.samples.java.tour.Titles.TITLES;

import dev.quarry.jdbc.Database;
import dev.quarry.migrate.CodeMigration;
import dev.quarry.migrate.Migrator;
import dev.quarry.migrate.diff.MigrationPlan;
import dev.quarry.migrate.diff.Renames;
import java.nio.file.Path;
import java.util.List;

/** Migrations from Java; docs/migrations.md shows the regions between "docs:" markers. */
public final class MigrationTour {
    private MigrationTour() {
    }

    // docs:diff
    /** Writes the next migration from what the table classes declare, then applies every pending one. */
    static MigrationPlan migrateCatalogue(Database db, Path directory) {
        Migrator migrator = Migrator.builder(db).location(directory).build();
        MigrationPlan plan = migrator.diff(List.of(PUBLISHERS, TITLES), Renames.none());
        System.out.print(plan.describe());                 // one line per change: its grade and why
        migrator.generate(directory, "catalogue", List.of(PUBLISHERS, TITLES), Renames.none(), false);
        migrator.up();
        return plan;
    }
    // docs:end

    // docs:code-migration
    /** The same files plus a migration written in Java, which seeds the first publisher. */
    static Migrator seededMigrator(Database db, Path directory) {
        return Migrator.builder(db)
                .location(directory)
                .migration(CodeMigration.of(1000, "first publisher",
                        context -> context.execute("INSERT INTO publishers (name) VALUES (?)", "Quarry Press"),
                        context -> context.execute("DELETE FROM publishers WHERE name = ?", "Quarry Press")))
                .build();
    }
    // docs:end
}
