package dev.quarry.samples.java;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A bookshop's catalogue. */
public final class Books extends Table {
    public static final Books BOOKS = new Books();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<String> title = varchar("title", 200);
    public final Column<String> author = varchar("author", 100);
    public final Column<Integer> published = integer("published");
    public final Column<BigDecimal> price = decimal("price", 8, 2);
    public final Column<Boolean> inStock = bool("in_stock");
    public final Column<Instant> addedAt = timestamp("added_at");
    public final Column<@Nullable String> note = text("note").nullable();

    private Books() {
        super("books");
    }
}
