package dev.quarry.migrate.diff;

import static dev.quarry.sql.ReferenceAction.CASCADE;

import dev.quarry.sql.Column;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A schema declared in four stages, each a set of table objects under the same table names: the
 * schema the evolution tests migrate through, up and back down.
 */
final class Stages {
    private Stages() {
    }

    private static final Authors2 AUTHORS_2 = new Authors2();
    private static final Authors3 AUTHORS_3 = new Authors3();
    private static final Authors4 AUTHORS_4 = new Authors4();

    /** The stages in order; stage 0 is the empty schema. */
    static final List<List<Table>> ALL = List.of(
            List.of(),
            List.of(new Authors1()),
            List.of(AUTHORS_2, new Books2()),
            List.of(AUTHORS_3, new Books3()),
            List.of(AUTHORS_4, new Books4()));

    /** The renames from stage 2 to stage 3. */
    static final Renames RENAMES_TO_3 = Renames.none().column("mig_authors", "email", "email_address");

    static final class Authors1 extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> name = varchar("name", 50);

        Authors1() {
            super("mig_authors");
        }
    }

    /** Adds a nullable e-mail with an index. */
    static final class Authors2 extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> name = varchar("name", 50);
        final Column<@Nullable String> email = varchar("email", 100).nullable();

        Authors2() {
            super("mig_authors");
            index(email);
        }
    }

    /** A new table referencing the authors, with a default, a check and a unique pair. */
    static final class Books2 extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<Long> authorId;
        final Column<String> title = varchar("title", 200);
        final Column<BigDecimal> price = decimal("price", 10, 2).defaultValue(new BigDecimal("0.00"));

        Books2() {
            super("mig_books");
            authorId = bigint("author_id").references(AUTHORS_2.id, CASCADE);
            check("ck_mig_books_price", price.ge(BigDecimal.ZERO));
            unique(authorId, title);
        }
    }

    /**
     * Widens the name, renames the e-mail (and makes it unique instead of indexed), adds a NOT NULL
     * flag with a default and a creation time defaulting to now.
     */
    static final class Authors3 extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> name = varchar("name", 100);
        final Column<@Nullable String> emailAddress = varchar("email_address", 100).nullable().unique();
        final Column<Boolean> active = bool("active").defaultValue(true);
        final Column<LocalDateTime> createdAt = datetime("created_at").defaultExpression(Functions.currentDateTime());

        Authors3() {
            super("mig_authors");
        }
    }

    /** Adds a nullable publication date and an index on it. */
    static final class Books3 extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<Long> authorId;
        final Column<String> title = varchar("title", 200);
        final Column<BigDecimal> price = decimal("price", 10, 2).defaultValue(new BigDecimal("0.00"));
        final Column<@Nullable LocalDate> published = date("published").nullable();

        Books3() {
            super("mig_books");
            authorId = bigint("author_id").references(AUTHORS_3.id, CASCADE);
            check("ck_mig_books_price", price.ge(BigDecimal.ZERO));
            unique(authorId, title);
            index(published);
        }
    }

    /** Drops the flag: destructive. */
    static final class Authors4 extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> name = varchar("name", 100);
        final Column<@Nullable String> emailAddress = varchar("email_address", 100).nullable().unique();
        final Column<LocalDateTime> createdAt = datetime("created_at").defaultExpression(Functions.currentDateTime());

        Authors4() {
            super("mig_authors");
        }
    }

    /** Narrows the title: destructive. */
    static final class Books4 extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<Long> authorId;
        final Column<String> title = varchar("title", 120);
        final Column<BigDecimal> price = decimal("price", 10, 2).defaultValue(new BigDecimal("0.00"));
        final Column<@Nullable LocalDate> published = date("published").nullable();

        Books4() {
            super("mig_books");
            authorId = bigint("author_id").references(AUTHORS_4.id, CASCADE);
            check("ck_mig_books_price", price.ge(BigDecimal.ZERO));
            unique(authorId, title);
            index(published);
        }
    }
}
