package dev.quarry;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Posts by {@link Users}, for joins and subqueries. */
public final class Posts extends Table {
    public static final Posts POSTS = new Posts();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<Long> userId = bigint("user_id");
    public final Column<String> title = varchar("title", 100);
    public final Column<BigDecimal> score = decimal("score", 6, 2);
    public final Column<@Nullable Double> rating = doublePrecision("rating").nullable();
    public final Column<Integer> views = integer("views");

    private Posts() {
        super("posts");
    }
}
