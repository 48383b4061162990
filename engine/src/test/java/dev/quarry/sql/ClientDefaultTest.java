package dev.quarry.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.InvalidQueryException;
import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialects;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Client-side defaults are supplied once per inserted row that leaves their column out, and checked. */
class ClientDefaultTest {

    static final class Tickets extends Table {
        final AtomicInteger issued = new AtomicInteger();
        final Column<Integer> id = integer("id");
        final Column<String> code = varchar("code", 8).clientDefault(() -> "T" + issued.incrementAndGet());
        final Column<String> note = text("note").defaultValue("none");

        Tickets() {
            super("tickets");
        }
    }

    @Test
    void eachRowWithoutTheColumnGetsItsOwnValueAndRowsSettingItKeepTheirs() {
        Tickets tickets = new Tickets();
        Insert insert = Insert.into(tickets).set(tickets.id, 1)
                .newRow().set(tickets.id, 2).set(tickets.code, "mine")
                .newRow().set(tickets.id, 3);
        Insert completed = insert.withClientDefaults();
        assertEquals(2, tickets.issued.get());
        assertEquals(List.of(tickets.id, tickets.code), completed.valueColumns());
        assertEquals("INSERT INTO \"tickets\" (\"id\", \"code\") VALUES (?, ?), (?, ?), (?, ?)",
                completed.toSql(Dialects.POSTGRESQL).sql());
        assertEquals(List.of(1, "T1", 2, "mine", 3, "T2"), completed.toSql(Dialects.POSTGRESQL).values());
    }

    @Test
    void rowsAddedInBulkAndAnInsertOfNoValuesGetThemToo() {
        Tickets tickets = new Tickets();
        Insert bulk = Insert.into(tickets).addRows(List.of(
                List.of(Assignment.of(tickets.id, 1)), List.of(Assignment.of(tickets.id, 2))));
        assertEquals(List.of(1, "T1", 2, "T2"), bulk.withClientDefaults().toSql(Dialects.SQLITE).values());
        Table codes = new Table("codes") {
            final Column<String> code = varchar("code", 8).clientDefault(() -> "C" + tickets.issued.incrementAndGet());
        };
        assertEquals("INSERT INTO \"codes\" (\"code\") VALUES (?)",
                Insert.into(codes).withClientDefaults().toSql(Dialects.SQLITE).sql());
        assertEquals(List.of("C4"), Insert.into(codes).withClientDefaults().toSql(Dialects.SQLITE).values());
    }

    @Test
    void withoutClientDefaultsTheInsertIsReturnedAsItIs() {
        Insert insert = Insert.into(dev.quarry.Users.USERS).set(dev.quarry.Users.USERS.name, "Ada");
        assertSame(insert, insert.withClientDefaults());
    }

    @Test
    void suppliedValuesAreCheckedLikeAnyOther() {
        Table table = new Table("codes") {
            final Column<String> code = varchar("code", 2).clientDefault(() -> "too long");
        };
        assertEquals("the client default of codes.code supplied a bad value: invalid value for codes.code:"
                + " a string of 8 characters does not fit varchar(2)",
                assertThrows(InvalidValueException.class, () -> Insert.into(table).withClientDefaults()).getMessage());
    }

    @Test
    void anInsertFromAQueryMustFillANonNullColumnThatOnlyTheClientDefaults() {
        Tickets tickets = new Tickets();
        Insert fromQuery = Insert.into(tickets).select(List.of(tickets.id), Select.of(Functions.literal(1)));
        assertEquals("INSERT INTO tickets … SELECT has no value for non-null column tickets.code; its client default"
                + " applies to inserted values, not to a query's rows",
                assertThrows(InvalidQueryException.class, fromQuery::requireComplete).getMessage());
    }
}
