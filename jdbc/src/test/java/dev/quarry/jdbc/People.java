package dev.quarry.jdbc;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The table the JDBC suite writes and reads: one column of every supported type. */
final class People extends Table {
    static final People PEOPLE = new People();

    final Column<Long> id = bigint("id").autoIncrement();
    final Column<String> name = varchar("name", 32);
    final Column<Integer> age = integer("age");
    final Column<@Nullable Long> managerId = bigint("manager_id").nullable();
    final Column<@Nullable BigDecimal> salary = decimal("salary", 12, 2).nullable();
    final Column<Boolean> active = bool("active");
    final Column<@Nullable LocalDateTime> hiredAt = datetime("hired_at").nullable();
    final Column<@Nullable Instant> lastSeen = timestamp("last_seen").nullable();
    final Column<@Nullable String> notes = text("notes").nullable();

    private People() {
        super("people");
    }
}
