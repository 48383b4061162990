package dev.quarry.jdbc;

import static dev.quarry.jdbc.Library.AUTHORS;
import static dev.quarry.jdbc.Library.BOOKS;
import static dev.quarry.sql.Functions.avg;
import static dev.quarry.sql.Functions.caseWhen;
import static dev.quarry.sql.Functions.coalesce;
import static dev.quarry.sql.Functions.concat;
import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.excluded;
import static dev.quarry.sql.Functions.exists;
import static dev.quarry.sql.Functions.lag;
import static dev.quarry.sql.Functions.length;
import static dev.quarry.sql.Functions.literal;
import static dev.quarry.sql.Functions.notExists;
import static dev.quarry.sql.Functions.rank;
import static dev.quarry.sql.Functions.rowNumber;
import static dev.quarry.sql.Functions.sum;
import static dev.quarry.sql.Functions.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.TableAlias;
import dev.quarry.sql.Window;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The query language through the Java facade, on every dialect, against the library of {@link Library}. */
class QueryLanguageTest {

    /** The chain of mentors from the first author. */
    static final class MentorChain extends Cte {
        final Column<Long> id = bigint("id");
        final Column<Integer> depth = integer("depth");

        MentorChain() {
            super("jmentor_chain", true);
        }

        @Override
        protected Query definition() {
            return Select.of(AUTHORS.id, literal(0)).fromTable(AUTHORS).where(AUTHORS.mentorId.isNull())
                    .unionAll(Select.of(AUTHORS.id, depth.add(1)).fromTable(AUTHORS).join(this, id.eq(AUTHORS.mentorId)));
        }
    }

    private static Database library(TestTarget target) {
        Database db = TestDatabases.of(target);
        Library.fill(db);
        return db;
    }

    private static List<Object> column(List<Row> rows, Expression<?> expression) {
        return rows.stream().map(row -> (Object) row.get(expression)).toList();
    }

    private static List<Object> values(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return Arrays.asList(values);
    }

    @OnEveryDialect
    void joinsGroupingAndHaving(TestTarget target) {
        Database db = library(target);
        Expression.Aliased<Long> books = count().as("books");
        List<Row> rows = db.transaction(tx -> tx.select(AUTHORS.name, books).from(AUTHORS)
                .leftJoin(BOOKS, BOOKS.authorId.eq(AUTHORS.id))
                .groupBy(AUTHORS.id, AUTHORS.name).having(count().gt(1L))
                .orderBy(AUTHORS.id.asc()).fetch());
        assertEquals(List.of("Ada", "Grace"), column(rows, AUTHORS.name));
        assertEquals(List.of(2L, 2L), column(rows, books));
        TableAlias mentors = AUTHORS.as("mentor");
        List<Row> pairs = db.transaction(tx -> tx.select(AUTHORS.name, mentors.get(AUTHORS.name)).from(AUTHORS)
                .join(mentors, AUTHORS.mentorId.eq(mentors.get(AUTHORS.id))).orderBy(AUTHORS.id.asc()).fetch());
        assertEquals(Arrays.asList("Ada", "Grace", "Émile"), column(pairs, mentors.get(AUTHORS.name)));
    }

    @OnEveryDialect
    void functionsArithmeticAndCase(TestTarget target) {
        Database db = library(target);
        Expression<Integer> half = BOOKS.pages.divide(2);
        Expression<String> size = caseWhen(BOOKS.pages.gt(300), literal("long")).otherwise(literal("short"));
        Row row = db.transaction(tx -> tx.select(half, BOOKS.price.multiply(BOOKS.pages, BigDecimal.class),
                upper(BOOKS.title), length(AUTHORS.name), concat(AUTHORS.name, literal("/"), BOOKS.title),
                coalesce(BOOKS.rating, -1.0), size).from(BOOKS).join(AUTHORS, AUTHORS.id.eq(BOOKS.authorId))
                .where(BOOKS.id.eq(2L)).fetchOne());
        assertEquals(Arrays.asList(125, new BigDecimal("5000.00"), "ENGINES", 3, "Ada/Engines", -1.0, "short"),
                values(row));
    }

    @OnEveryDialect
    void aggregatesAndWindows(TestTarget target) {
        Database db = library(target);
        Row totals = db.transaction(tx -> tx.select(sum(BOOKS.price), avg(BOOKS.pages), count()).from(BOOKS).fetchOne());
        assertEquals(Arrays.asList(new BigDecimal("89.50"), 220.0, 5L), values(totals));
        List<Row> ranked = db.transaction(tx -> tx.select(BOOKS.id,
                rowNumber().over(Window.partitionBy(BOOKS.authorId).andOrderBy(BOOKS.price.desc())),
                rank().over(Window.orderBy(BOOKS.authorId.asc())),
                lag(BOOKS.pages).over(Window.orderBy(BOOKS.id.asc()))).from(BOOKS).orderBy(BOOKS.id.asc()).fetch());
        assertEquals(List.of(Arrays.asList(1L, 2L, 1L, null), Arrays.asList(2L, 1L, 1L, 100),
                Arrays.asList(3L, 1L, 3L, 250), Arrays.asList(4L, 2L, 3L, 400), Arrays.asList(5L, 1L, 5L, 300)),
                ranked.stream().map(QueryLanguageTest::values).toList());
    }

    @OnEveryDialect
    void subqueriesAndNullSafeEquality(TestTarget target) {
        Database db = library(target);
        Select ownBooks = Select.of(BOOKS.id).fromTable(BOOKS).where(BOOKS.authorId.eq(AUTHORS.id));
        assertEquals(List.of("Zoë 🙂"), db.transaction(tx -> column(tx.selectFrom(AUTHORS)
                .where(notExists(ownBooks)).fetch(), AUTHORS.name)));
        assertEquals(3L, (long) db.transaction(tx -> tx.selectFrom(AUTHORS).where(exists(ownBooks)).count()));
        assertEquals(List.of("Ada", "Grace"), db.transaction(tx -> column(tx.selectFrom(AUTHORS)
                .where(AUTHORS.id.in(Select.of(BOOKS.authorId).fromTable(BOOKS).where(BOOKS.pages.gt(200))))
                .orderBy(AUTHORS.id.asc()).fetch(), AUTHORS.name)));
        Expression<Long> bookCount = Select.of(count()).fromTable(BOOKS).where(BOOKS.authorId.eq(AUTHORS.id)).asValue();
        assertEquals(List.of(2L, 2L, 1L, 0L), db.transaction(tx -> column(tx.select(bookCount).from(AUTHORS)
                .orderBy(AUTHORS.id.asc()).fetch(), bookCount)));
        assertEquals(List.of("Zoë 🙂"), db.transaction(tx -> column(tx.selectFrom(AUTHORS)
                .where(AUTHORS.country.isNotDistinctFrom((String) null)).fetch(), AUTHORS.name)));
    }

    @OnEveryDialect
    void ctesSetOperationsDistinctAndSeek(TestTarget target) {
        Database db = library(target);
        MentorChain chain = new MentorChain();
        assertEquals(List.of(0, 1, 2, 3), db.transaction(tx -> column(tx.select(chain.depth).from(chain)
                .orderBy(chain.id.asc()).fetch(), chain.depth)));
        Cte french = Select.of(AUTHORS.id).fromTable(AUTHORS).where(AUTHORS.country.eq("FR")).asCte("french");
        assertEquals(1L, (long) db.transaction(tx -> tx.selectFrom(BOOKS)
                .where(BOOKS.authorId.in(Select.from(french))).count()));
        assertEquals(List.of("Ada"), db.transaction(tx -> column(tx.select(AUTHORS.name).from(AUTHORS)
                .where(AUTHORS.id.le(2L)).union(tx.select(AUTHORS.name).from(AUTHORS).where(AUTHORS.id.ge(2L)))
                .intersect(tx.select(AUTHORS.name).from(AUTHORS).where(AUTHORS.id.eq(1L))).fetch(), AUTHORS.name)));
        assertEquals(List.of(1L, 2L, 3L), db.transaction(tx -> column(tx.select(BOOKS.authorId).from(BOOKS).distinct()
                .orderBy(BOOKS.authorId.asc()).fetch(), BOOKS.authorId)));
        List<Long> seen = db.transaction(tx -> {
            SelectQuery page = tx.selectFrom(BOOKS).orderBy(BOOKS.pages.asc(), BOOKS.id.asc()).limit(2);
            List<Row> first = page.fetch();
            List<Row> second = page.seekAfter(first.get(first.size() - 1)).fetch();
            return java.util.stream.Stream.concat(first.stream(), second.stream()).map(r -> r.get(BOOKS.id)).toList();
        });
        assertEquals(List.of(5L, 1L, 2L, 4L), seen);
    }

    @OnEveryDialect
    void locksWhereTheDialectHasThem(TestTarget target) {
        Database db = library(target);
        if (db.dialect().name().equals("sqlite")) {
            assertThrows(UnsupportedFeatureException.class,
                    () -> db.transaction(tx -> tx.selectFrom(BOOKS).forUpdate().fetch()));
        } else {
            assertEquals(5, db.transaction(tx -> tx.selectFrom(BOOKS).forUpdate().skipLocked().fetch()).size());
            assertEquals(1, db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.id.eq(1L)).forShare().noWait().fetch())
                    .size());
        }
    }

    @OnEveryDialect
    void writesUpsertsAndReturning(TestTarget target) {
        Database db = library(target);
        db.inTransaction(tx -> {
            assertEquals(2, tx.insertInto(BOOKS).select(List.of(BOOKS.authorId, BOOKS.title, BOOKS.price, BOOKS.pages),
                    Select.of(literal(4L), BOOKS.title, BOOKS.price, BOOKS.pages).fromTable(BOOKS)
                            .where(BOOKS.authorId.eq(1L))).execute());
            tx.insertInto(AUTHORS).set(AUTHORS.id, 1L).set(AUTHORS.name, "Ada L.").onConflict(AUTHORS.id)
                    .doUpdateWithNewValues(AUTHORS.name).execute();
            tx.insertInto(AUTHORS).set(AUTHORS.id, 2L).set(AUTHORS.name, "Ignored").onConflict(AUTHORS.id)
                    .doNothing().execute();
            tx.insertInto(AUTHORS).set(AUTHORS.id, 3L).set(AUTHORS.name, "x").onConflict(AUTHORS.id)
                    .doUpdate(new Assignment<>(AUTHORS.name, concat(excluded(AUTHORS.name), literal("!")))).execute();
            assertEquals(List.of("Ada L.", "Grace", "x!", "Zoë 🙂"),
                    column(tx.selectFrom(AUTHORS).orderBy(AUTHORS.id.asc()).fetch(), AUTHORS.name));
            assertEquals(4, tx.update(BOOKS).set(BOOKS.pages, BOOKS.pages.add(1)).where(BOOKS.authorId.le(2L)).execute());
            List<Row> gone = tx.deleteFrom(BOOKS).where(BOOKS.authorId.eq(4L)).returning(BOOKS.title).fetch();
            assertEquals(List.of("Notes", "Engines"), column(gone, BOOKS.title));
            Row added = tx.insertInto(BOOKS).set(BOOKS.authorId, 3L).set(BOOKS.title, "Lettres")
                    .set(BOOKS.price, BigDecimal.TEN).set(BOOKS.pages, 9).returning(BOOKS.id).fetch().get(0);
            // Auto-increment values may have gaps (InnoDB reserves blocks for INSERT … SELECT): compare with the row.
            assertEquals(tx.selectFrom(BOOKS).where(BOOKS.title.eq("Lettres")).fetchOne().get(BOOKS.id), added.get(BOOKS.id));
        });
        if (db.dialect().supportsUpdateReturning()) {
            assertEquals(List.of(102), db.transaction(tx -> column(tx.update(BOOKS).set(BOOKS.pages, BOOKS.pages.add(1))
                    .where(BOOKS.id.eq(1L)).returning(BOOKS.pages).fetch(), BOOKS.pages)));
        } else {
            assertThrows(UnsupportedFeatureException.class, () -> db.transaction(tx -> tx.update(BOOKS)
                    .set(BOOKS.pages, 1).returning(BOOKS.pages).fetch()));
        }
        List<Object> withoutBooks = db.transaction(tx -> {
            tx.deleteFrom(BOOKS).where(BOOKS.authorId.in(Select.of(AUTHORS.id).fromTable(AUTHORS)
                    .where(AUTHORS.country.eq("FR")))).execute();
            return column(tx.selectFrom(AUTHORS).where(notExists(Select.of(BOOKS.id).fromTable(BOOKS)
                    .where(BOOKS.authorId.eq(AUTHORS.id)))).orderBy(AUTHORS.id.asc()).fetch(), AUTHORS.name);
        });
        assertEquals(List.of("x!", "Zoë 🙂"), withoutBooks);
    }
}
