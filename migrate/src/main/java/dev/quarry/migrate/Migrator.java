package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import dev.quarry.migrate.diff.DestructiveChangeException;
import dev.quarry.migrate.diff.MigrationPlan;
import dev.quarry.migrate.diff.MigrationWriter;
import dev.quarry.migrate.diff.Renames;
import dev.quarry.migrate.diff.SchemaPlanner;
import dev.quarry.sql.Table;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Applies and reverts versioned migrations on a database and keeps their history in a table
 * ({@code quarry_schema_history} unless configured).
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder(database)
 *     .location("classpath:db/migration")
 *     .migration(CodeMigration.of(4, "seed admin", context -> context.execute("INSERT …")))
 *     .build();
 * migrator.up();
 * }</pre>
 *
 * <p>Migrations are SQL files named {@code <version>_<description>.up.sql} (and optionally
 * {@code .down.sql}) and {@link CodeMigration}s, applied in version order. Locations are read
 * again by every operation, so an edited file is seen by the next call. Every operation runs on
 * one connection of the database's pool; those that change anything hold the migration lock
 * (PostgreSQL advisory lock, per transaction for a database set
 * {@code DatabaseConfig.Builder.transactionPooler()}; MySQL {@code GET_LOCK}; SQLite
 * {@code BEGIN EXCLUSIVE} per migration)
 * and re-read the history under it, so runners started at once on several machines apply each
 * migration exactly once.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class Migrator {
    private final Database database;
    private final MigratorSettings settings;

    private Migrator(Database database, MigratorSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    /** A builder for a migrator of this database. */
    public static Builder builder(Database database) {
        return new Builder(database);
    }

    /** The history table's name. */
    public String historyTable() {
        return settings.historyTable();
    }

    /**
     * Applies every pending migration in version order.
     *
     * @return the migrations this call applied; empty if none were pending or another runner applied them
     * @throws MigrationValidationException if an applied script changed, an applied migration is
     *     missing, or a pending one is out of order (unless allowed); nothing is run then
     * @throws MigrationFailedException if a migration fails
     * @throws MigrationException if a failed migration awaits {@link #repair()}
     */
    public List<ExecutedMigration> up() {
        return up(Long.MAX_VALUE);
    }

    /** {@link #up()} up to and including a target version. */
    public List<ExecutedMigration> up(long targetVersion) {
        return new UpOperation(database, settings).run(requireTarget(targetVersion));
    }

    /**
     * Reverts the applied migrations above a target version, newest first, running their downs and
     * deleting their history rows; {@code down(0)} reverts all.
     *
     * @return the migrations this call reverted, in the order reverted
     * @throws MigrationException before changing anything if one of them has no down, is missing,
     *     or is the baseline, or if a failed migration awaits {@link #repair()}
     * @throws MigrationFailedException if a revert fails
     */
    public List<ExecutedMigration> down(long targetVersion) {
        return new DownOperation(database, settings).run(requireTarget(targetVersion));
    }

    private static long requireTarget(long targetVersion) {
        if (targetVersion < 0) {
            throw new IllegalArgumentException("the target version must not be negative, got " + targetVersion);
        }
        return targetVersion;
    }

    /** Every migration known or recorded, with its state, in version order. Takes no lock. */
    public List<MigrationInfo> status() {
        MigrationCatalog catalog = settings.catalog();
        return MigrationSession.unlocked(database, settings, session -> session.ledger(catalog).statuses());
    }

    /**
     * Compares the history with the migrations: applied scripts unchanged, applied migrations still
     * present, no failed run, nothing pending out of order (unless allowed). Takes no lock.
     *
     * @return the report; {@link ValidationReport#requireValid()} throws if it lists problems
     */
    public ValidationReport validate() {
        MigrationCatalog catalog = settings.catalog();
        return MigrationSession.unlocked(database, settings,
                session -> session.ledger(catalog).validate(settings.allowOutOfOrder()));
    }

    /**
     * Adopts a database whose schema was made without this history: records a baseline row so
     * that migrations up to the version count as applied and never run.
     *
     * @return the baseline row
     * @throws MigrationException if the history table has rows
     */
    public HistoryEntry baseline(long version, String description) {
        return new BaselineOperation(database, settings).run(version, description);
    }

    /**
     * Deletes the history rows of failed runs, after the partial changes have been fixed or reverted
     * by hand; the migrations then count as not applied.
     *
     * @return the rows deleted
     */
    public List<HistoryEntry> repair() {
        return MigrationSession.locked(database, settings, session -> session.atomically(() -> {
            List<HistoryEntry> failed = session.history().read(session.connection()).stream()
                    .filter(entry -> !entry.success()).toList();
            session.history().deleteFailed(session.connection());
            return failed;
        }));
    }

    /**
     * The plan that makes the database's tables what the table objects declare: each change graded,
     * with the DDL that applies it and the DDL that reverts it. The history table is left alone.
     * Takes no lock.
     *
     * @param renames tables and columns renamed since the live schema; never guessed
     */
    public MigrationPlan diff(Collection<? extends Table> tables, Renames renames) {
        return SchemaPlanner.plan(database, tables, renames, List.of(historyTable()));
    }

    /**
     * Writes the {@link #diff} as the next numbered migration files of a directory (see
     * {@link MigrationWriter}), numbered above every migration found or applied. Takes no lock.
     *
     * @return the files written, none if the schema is up to date
     * @throws MigrationException if a migration is pending: the diff compares with the live schema,
     *     so pending migrations are applied first
     * @throws DestructiveChangeException if the plan loses data and that is not allowed
     */
    public List<Path> generate(Path directory, String description, Collection<? extends Table> tables,
            Renames renames, boolean allowDestructive) {
        List<MigrationInfo> statuses = status();
        for (MigrationInfo info : statuses) {
            if (info.state() == MigrationState.PENDING) {
                throw new MigrationException("migration " + info.version() + " (" + info.description()
                        + ") is pending; apply it with up before generating the next migration, since the diff"
                        + " compares the table objects with the live schema");
            }
        }
        long highest = statuses.stream().mapToLong(MigrationInfo::version).max().orElse(0);
        return MigrationWriter.write(directory, description, diff(tables, renames), allowDestructive, highest);
    }

    @Override
    public String toString() {
        return "Migrator[" + database.name() + ", " + settings.historyTable() + ", " + settings.locations() + "]";
    }

    /** Configures a {@link Migrator}; not thread-safe, build once. */
    public static final class Builder {
        private final Database database;
        private final List<MigrationLocation> locations = new ArrayList<>();
        private final List<CodeMigration> codeMigrations = new ArrayList<>();
        private String historyTable = SchemaHistoryTable.DEFAULT_NAME;
        private @Nullable String installedBy;
        private Duration lockTimeout = Duration.ofMinutes(10);
        private boolean allowOutOfOrder;
        private ClassLoader classLoader = defaultClassLoader();

        private Builder(Database database) {
            this.database = Objects.requireNonNull(database, "database");
        }

        /** Adds a location: a directory, {@code filesystem:dir} or {@code classpath:dir}. */
        public Builder location(String location) {
            locations.add(new MigrationLocation(location));
            return this;
        }

        /** Adds a directory of the file system as a location. */
        public Builder location(Path directory) {
            locations.add(MigrationLocation.of(directory));
            return this;
        }

        /** Adds a migration written in code. */
        public Builder migration(CodeMigration migration) {
            codeMigrations.add(Objects.requireNonNull(migration, "migration"));
            return this;
        }

        /** Adds migrations written in code. */
        public Builder migrations(Collection<? extends CodeMigration> migrations) {
            migrations.forEach(this::migration);
            return this;
        }

        /** The history table's name; default {@code quarry_schema_history}. */
        public Builder historyTable(String name) {
            this.historyTable = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Who is recorded as having run migrations; default the database user, else the OS user. */
        public Builder installedBy(String user) {
            this.installedBy = Objects.requireNonNull(user, "user");
            return this;
        }

        /** How long to wait for another runner to finish; default 10 minutes. */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Whether pending migrations older than the newest applied one may run; default false. */
        public Builder allowOutOfOrder(boolean allow) {
            this.allowOutOfOrder = allow;
            return this;
        }

        /** The class loader {@code classpath:} locations are read with; default the thread's context class loader. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * The migrator.
         *
         * @throws IllegalArgumentException if the history table name is not a valid identifier
         */
        public Migrator build() {
            new SchemaHistoryTable(historyTable);
            return new Migrator(database, new MigratorSettings(locations, codeMigrations, historyTable, installedBy,
                    lockTimeout, allowOutOfOrder, classLoader));
        }

        private static ClassLoader defaultClassLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : Migrator.class.getClassLoader();
        }
    }
}
