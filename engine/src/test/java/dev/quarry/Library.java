package dev.quarry;

import static dev.quarry.sql.ReferenceAction.CASCADE;
import static dev.quarry.sql.ReferenceAction.NO_ACTION;
import static dev.quarry.sql.ReferenceAction.RESTRICT;
import static dev.quarry.sql.ReferenceAction.SET_NULL;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Two tables with every kind of constraint and index, for the DDL golden tests. */
public final class Library {
    private Library() {
    }

    /** Authors: a unique column and a named two-column unique constraint. */
    public static final class Authors extends Table {
        public static final Authors AUTHORS = new Authors();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<String> email = varchar("email", 64).unique();
        public final Column<String> country = varchar("country", 2);
        public final Column<String> code = varchar("code", 8);

        private Authors() {
            super("authors");
            unique("uq_authors_national_code", country, code);
        }
    }

    /** Books: single and composite foreign keys, a check, a unique constraint and indexes. */
    public static final class Books extends Table {
        public static final Books BOOKS = new Books();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<Long> authorId = bigint("author_id").references(Authors.AUTHORS.id, CASCADE);
        public final Column<@Nullable Long> editorId = bigint("editor_id").nullable()
                .references(Authors.AUTHORS.id, SET_NULL, CASCADE);
        public final Column<String> title = varchar("title", 64);
        public final Column<Integer> pages = integer("pages");
        public final Column<@Nullable String> country = varchar("country", 2).nullable();
        public final Column<@Nullable String> code = varchar("code", 8).nullable();

        private Books() {
            super("books");
            foreignKey(List.of(country, code), List.of(Authors.AUTHORS.country, Authors.AUTHORS.code), RESTRICT, NO_ACTION);
            unique(authorId, title);
            check("ck_books_pages", pages.gt(0).and(pages.le(10_000)));
            index(title);
            uniqueIndex("ux_books_code", country, code);
        }
    }
}
