package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.HooksTour.Gigs.GIGS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.hooks.Hooks;
import dev.quarry.jdbc.hooks.StatementInterceptor;
import dev.quarry.sql.Column;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Hooks, transaction callbacks and validators through the Java facade. docs/governance.md shows
 * each region between "docs:" markers; the samples' tests run them on SQLite.
 */
public final class HooksTour {
    private HooksTour() {
    }

    // docs:validators
    public static final class Gigs extends Table {
        public static final Gigs GIGS = new Gigs();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<String> band = varchar("band", 80).check("must not be blank", band -> !band.isBlank());
        public final Column<Integer> capacity = integer("capacity").check("must be positive", seats -> seats > 0);
        public final Column<Integer> sold = integer("sold");
        public final Column<@Nullable Instant> updatedAt = timestamp("updated_at").nullable();

        private Gigs() {
            super("gigs");
            validator("cannot sell more seats than there are", List.of(capacity, sold),
                    row -> row.get(sold) <= row.get(capacity));
        }
    }

    /** Adds a gig; a blank band, no seats and overselling are all reported in one ValidationException. */
    static long addGig(Database db, String band, int capacity, int sold) {
        return db.transaction(tx -> tx.insertInto(GIGS).set(GIGS.band, band).set(GIGS.capacity, capacity)
                .set(GIGS.sold, sold).executeAndGetId());
    }
    // docs:end

    // docs:hooks
    /** Refuses an UPDATE or DELETE of every row of any table, whoever builds it. */
    static final StatementInterceptor FILTERED_WRITES_ONLY = (transaction, statement) -> {
        if (statement instanceof Update update && update.where() == null
                || statement instanceof Delete delete && delete.where() == null) {
            throw new IllegalStateException("an update or delete of every row needs a filter: " + statement);
        }
        return statement;
    };

    /** Stamps every update of a gig with the time, and lets no gig be deleted. */
    static Hooks gigHooks(Clock clock) {
        return Hooks.builder()
                .beforeUpdate(GIGS, event -> event.set(GIGS.updatedAt, clock.instant()))
                .beforeDelete(GIGS, event -> {
                    throw new IllegalStateException("gigs are cancelled, never deleted");
                })
                .interceptor(FILTERED_WRITES_ONLY)
                .build();
    }

    static Database openBoxOffice(String url, Clock clock) {
        return Database.connect(DatabaseConfig.builder(url).hooks(gigHooks(clock)).build());
    }
    // docs:end

    // docs:callbacks
    /** Books seats and tells the box office once the outcome is known. */
    static boolean book(Database db, long gigId, int seats, Consumer<String> tell) {
        return db.transaction(tx -> {
            tx.afterCommit(() -> tell.accept("booked " + seats + " seats for gig " + gigId));
            tx.afterRollback(() -> tell.accept("the booking of " + seats + " seats for gig " + gigId + " failed"));
            return tx.update(GIGS).set(GIGS.sold, GIGS.sold.add(seats)).where(GIGS.id.eq(gigId)).execute() == 1;
        });
    }
    // docs:end
}
