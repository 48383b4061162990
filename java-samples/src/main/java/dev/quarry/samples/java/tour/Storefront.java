package dev.quarry.samples.java.tour;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.sql.Column;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;

/**
 * Types of your own and JSON documents through Jackson; docs/types.md shows the regions between
 * "docs:" markers.
 */
public final class Storefront extends Table {
    // docs:custom
    /** Money as a number of cents, stored as a BIGINT. */
    public record Money(long cents) {
        public static final SqlType<Money> TYPE = SqlType.mapped("money", Money.class, SqlType.BIGINT, Money::new, Money::cents);
    }

    public final Column<Money> price = column("price", Money.TYPE);
    // docs:end

    // docs:json
    /** A document of the application's own, read and written by Jackson, whose checked exceptions pass through. */
    public record Banner(String headline, boolean visible) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public final Column<Banner> banner =
            json("banner", Banner.class, text -> JSON.readValue(text, Banner.class), JSON::writeValueAsString);
    // docs:end

    public final Column<Long> id = bigint("id").autoIncrement();

    // After the mapper, which the columns need when this instance is made.
    public static final Storefront STOREFRONT = new Storefront();

    private Storefront() {
        super("storefront");
    }
}
