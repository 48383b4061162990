package dev.quarry.samples.java.tour;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** Payments taken in the bookshop, each under the id of the request that made it, for the transactions tour. */
public final class Payments extends Table {
    public static final Payments PAYMENTS = new Payments();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<String> requestId = varchar("request_id", 36).unique();
    public final Column<Long> amountCents = bigint("amount_cents");

    private Payments() {
        super("payments");
    }
}
