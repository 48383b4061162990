package dev.quarry;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The table the engine tests render against: one column of every type. */
public final class Users extends Table {
    public static final Users USERS = new Users();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<String> name = varchar("name", 64);
    public final Column<Integer> age = integer("age");
    public final Column<@Nullable Long> managerId = bigint("manager_id").nullable();
    public final Column<@Nullable BigDecimal> balance = decimal("balance", 10, 2).nullable();
    public final Column<Boolean> active = bool("active");
    public final Column<@Nullable LocalDateTime> createdAt = datetime("created_at").nullable();
    public final Column<@Nullable Instant> seenAt = timestamp("seen_at").nullable();
    public final Column<@Nullable String> bio = text("bio").nullable();

    private Users() {
        super("users");
    }
}
