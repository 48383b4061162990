package dev.quarry.dialect;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.Users.USERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.sql.Column;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import org.junit.jupiter.api.Test;

class TextSemanticsSettingTest {

    static final class Tags extends Table {
        static final Tags TAGS = new Tags();
        final Column<String> label = varchar("label", 20);

        private Tags() {
            super("tags");
            check("label_not_blank", label.ne(""));
        }
    }

    @Test
    void theBuiltInDialectsCompareTextByCodePoint() {
        for (Dialect dialect : Dialects.all()) {
            assertSame(TextSemantics.CODE_POINT, dialect.textSemantics(), dialect.name());
            assertSame(TextSemantics.DATABASE, dialect.withTextSemantics(TextSemantics.DATABASE).textSemantics());
            assertSame(TextRules.AS_WRITTEN, dialect.withTextSemantics(TextSemantics.DATABASE).textRules());
        }
    }

    @Test
    void theSettingIsACopyThatKeepsEverythingElse() {
        Dialect sqlite = Dialects.SQLITE;
        assertSame(sqlite, sqlite.withTextSemantics(TextSemantics.CODE_POINT));
        Dialect asWritten = sqlite.withNaming(NamingStrategy.UPPER_CAMEL).withTextSemantics(TextSemantics.DATABASE);
        assertEquals("sqlite", asWritten.name());
        assertSame(NamingStrategy.UPPER_CAMEL, asWritten.naming());
        assertSame(TextSemantics.DATABASE, asWritten.withNaming(NamingStrategy.AS_DECLARED).textSemantics());
        assertSame(asWritten, asWritten.withTextSemantics(TextSemantics.DATABASE));
        assertThrows(NullPointerException.class, () -> sqlite.withTextSemantics(null));
        assertRendered(Select.of(USERS.id).fromTable(USERS).where(USERS.name.eq("Ada")), asWritten,
                "SELECT \"Users\".\"Id\" FROM \"Users\" WHERE \"Users\".\"Name\" = ?", "Ada");
    }

    @Test
    void ddlKeepsTextAsWrittenWhateverTheSemantics() {
        assertRendered(new CreateTable(Tags.TAGS, false), Dialects.SQLITE, "CREATE TABLE \"tags\" (\"label\" VARCHAR(20) NOT NULL"
                + " CHECK (length(\"label\") <= 20), CONSTRAINT \"label_not_blank\" CHECK (\"label\" <> ''))");
    }
}
