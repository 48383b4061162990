package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.Publishers.PUBLISHERS;

import dev.quarry.sql.Column;
import dev.quarry.sql.Functions;
import dev.quarry.sql.ReferenceAction;
import dev.quarry.sql.Table;
import java.time.Instant;
import java.util.UUID;

/** Titles of the catalogue with their constraints; docs/schema.md shows the region between "docs:" markers. */
// docs:schema
public final class Titles extends Table {
    public static final Titles TITLES = new Titles();
    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<Long> publisherId = bigint("publisher_id").references(PUBLISHERS.id, ReferenceAction.CASCADE);
    public final Column<String> isbn = varchar("isbn", 36).clientDefault(() -> UUID.randomUUID().toString());
    public final Column<String> title = varchar("title", 64);
    public final Column<Integer> pages = integer("pages").defaultValue(1);
    public final Column<Instant> addedAt = timestamp("added_at").defaultExpression(Functions.currentTimestamp());

    private Titles() {
        super("titles");
        unique(publisherId, title);
        check("ck_titles_pages", pages.gt(0));
        index(title);
        uniqueIndex("ux_titles_isbn", isbn);
    }
}
// docs:end
