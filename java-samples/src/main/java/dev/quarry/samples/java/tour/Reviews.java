package dev.quarry.samples.java.tour;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import org.jspecify.annotations.Nullable;

/** Reviews of the bookshop's books, for the query-language tour. */
public final class Reviews extends Table {
    public static final Reviews REVIEWS = new Reviews();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<Long> bookId = bigint("book_id");
    public final Column<String> reviewer = varchar("reviewer", 40);
    public final Column<Integer> stars = integer("stars");
    public final Column<@Nullable Long> repliesTo = bigint("replies_to").nullable();

    private Reviews() {
        super("reviews");
    }
}
