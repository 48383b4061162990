package dev.quarry.samples.java.tour;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** Publishers of the catalogue, for the schema tour. */
public final class Publishers extends Table {
    public static final Publishers PUBLISHERS = new Publishers();

    public final Column<Long> id = bigint("id").autoIncrement();
    public final Column<String> name = varchar("name", 64).unique();

    private Publishers() {
        super("publishers");
    }
}
