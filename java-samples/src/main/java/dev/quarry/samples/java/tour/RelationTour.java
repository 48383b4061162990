package dev.quarry.samples.java.tour;

import static dev.quarry.sql.Relation.manyToOne;
import static dev.quarry.sql.Relation.oneToMany;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Entities;
import dev.quarry.sql.Column;
import dev.quarry.sql.Include;
import dev.quarry.sql.Relation;
import dev.quarry.sql.Table;
import java.util.List;

/**
 * Relations, includes and entities by key in Java. docs/relations.md shows each region between
 * "docs:" markers; the samples' tests run them on SQLite.
 */
public final class RelationTour {
    private RelationTour() {
    }

    // docs:java-relation-tables
    public static final Writers WRITERS = new Writers();
    public static final Novels NOVELS = new Novels();

    public static final class Writers extends Table {
        public final Column<Long> id = bigint("id");
        public final Column<String> name = varchar("name", 60);
        public final Column<String> country = varchar("country", 2);
        public final Relation<Writers, Novels> novels = oneToMany(this, "novels", () -> NOVELS.writer);

        private Writers() {
            super("writers");
            primaryKey(id);
        }
    }

    public static final class Novels extends Table {
        public final Column<Long> id = bigint("id");
        public final Column<Long> writerId = bigint("writer_id").references(WRITERS.id);
        public final Column<String> title = varchar("title", 100);
        public final Column<Integer> year = integer("year");
        public final Column<Long> version = bigint("version").version();
        public final Relation<Novels, Writers> writer = manyToOne(this, "writer", WRITERS, writerId);

        private Novels() {
            super("novels");
            primaryKey(id);
        }
    }
    // docs:end

    // docs:java-relation-include
    public record Novel(long id, String title, int year) {
    }

    public record WriterWithNovels(String name, List<Novel> novels) {
    }

    /** British writers with their novels, oldest first: 2 statements, however many writers match. */
    public static List<WriterWithNovels> britishWriters(Database db) {
        return db.transaction(tx -> tx.selectFrom(WRITERS).where(WRITERS.country.eq("UK"))
                .include(Include.of(WRITERS.novels).orderBy(NOVELS.year.asc()))
                .fetchInto(WriterWithNovels.class));
    }
    // docs:end

    // docs:java-entities
    public record NovelRow(long id, long writerId, String title, int year, long version) {
    }

    static final Entities<NovelRow> NOVEL_ROWS = Entities.of(NOVELS, NovelRow.class);

    /** Renames a novel read earlier; fails with StaleRowException if someone changed it since. */
    public static NovelRow rename(Database db, NovelRow read, String title) {
        return db.transaction(tx -> NOVEL_ROWS.update(tx,
                new NovelRow(read.id(), read.writerId(), title, read.year(), read.version())));
    }
    // docs:end

    /** Creates and fills the tour's writers and novels. */
    public static void stock(Database db) {
        db.inTransaction(tx -> {
            tx.createTable(WRITERS);
            tx.createTable(NOVELS);
            tx.insertInto(WRITERS).set(WRITERS.id, 1L).set(WRITERS.name, "Jane Austen").set(WRITERS.country, "UK")
                    .newRow().set(WRITERS.id, 2L).set(WRITERS.name, "Mark Twain").set(WRITERS.country, "US").execute();
            NOVEL_ROWS.insert(tx, new NovelRow(10, 1, "Persuasion", 1817, 0));
            NOVEL_ROWS.insert(tx, new NovelRow(11, 1, "Emma", 1815, 0));
        });
    }

    /** The novel of this id as read now. */
    public static NovelRow novel(Database db, long id) {
        return db.transaction(tx -> NOVEL_ROWS.findById(tx, id));
    }
}
