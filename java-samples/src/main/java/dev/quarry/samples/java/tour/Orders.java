package dev.quarry.samples.java.tour;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** Orders of the bookshop, for the dates tour: when each was placed, shipped, paid and delivered. */
public final class Orders extends Table {
    public static final Orders ORDERS = new Orders();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<LocalDate> placed = date("placed");
    public final Column<LocalDateTime> shipped = datetime("shipped");
    public final Column<Instant> paid = timestamp("paid");
    public final Column<@Nullable LocalDate> delivered = date("delivered").nullable();
    public final Column<Integer> graceDays = integer("grace_days");

    private Orders() {
        super("tour_orders");
    }
}
