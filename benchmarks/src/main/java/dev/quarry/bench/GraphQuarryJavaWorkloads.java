package dev.quarry.bench;

import static dev.quarry.bench.GraphTables.AUTHORS;
import static dev.quarry.bench.GraphTables.BOOKS;

import dev.quarry.jdbc.Database;
import dev.quarry.sql.Include;
import java.util.List;

/** W8 through Quarry's Java facade: one query with nested includes, mapped into records, in one transaction. */
public final class GraphQuarryJavaWorkloads {
    private static final Include BOOKS_WITH_REVIEWS = Include.of(AUTHORS.books).include(BOOKS.reviews);

    private final Database db;

    public GraphQuarryJavaWorkloads(Database db) {
        this.db = db;
    }

    /** The authors {@code first} to {@code first + count - 1} with their books and reviews: 3 statements. */
    public List<GraphAuthor> load(long first, int count) {
        return db.transaction(tx -> tx.selectFrom(AUTHORS).where(AUTHORS.id.between(first, first + count - 1))
                .orderBy(AUTHORS.id.asc())
                .include(BOOKS_WITH_REVIEWS)
                .fetchInto(GraphAuthor.class));
    }
}
