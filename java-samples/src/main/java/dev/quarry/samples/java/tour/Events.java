package dev.quarry.samples.java.tour;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** What happened in the bookshop, for the transactions tour. */
public final class Events extends Table {
    public static final Events EVENTS = new Events();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<String> message = varchar("message", 200);

    private Events() {
        super("events");
    }
}
