package dev.quarry.bench;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** The benchmark schema as Quarry Java tables. The Kotlin DSL and Exposed declare the same tables. */
final class BenchTables {
    private BenchTables() {
    }

    static final Users USERS = new Users();
    static final Orders ORDERS = new Orders();
    static final Accounts ACCOUNTS = new Accounts();
    static final Ledger LEDGER = new Ledger();
    static final Inserted INSERTED = new Inserted();
    static final Streamed STREAMED = new Streamed();

    /** 10,000 users; W1, W2, W5, W6 read them. */
    static final class Users extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 64);
        final Column<Integer> age = integer("age");
        final Column<String> city = varchar("city", 32);
        final Column<Boolean> active = bool("active");

        private Users() {
            super("bench_users");
            primaryKey(id);
        }
    }

    /** 50,000 orders of the users; W5 joins them. */
    static final class Orders extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> userId = bigint("user_id");
        final Column<Integer> amount = integer("amount");
        final Column<String> status = varchar("status", 16);

        private Orders() {
            super("bench_orders");
            primaryKey(id);
        }
    }

    /** 10,000 accounts; W4 updates them. */
    static final class Accounts extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> balance = bigint("balance");

        private Accounts() {
            super("bench_accounts");
            primaryKey(id);
        }
    }

    /** Entries of the accounts; W4 deletes them, refilled before each of its operations. */
    static final class Ledger extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> accountId = bigint("account_id");
        final Column<Integer> amount = integer("amount");

        private Ledger() {
            super("bench_ledger");
            primaryKey(id);
        }
    }

    /** W3 inserts 10,000 rows here; emptied after each of its operations. */
    static final class Inserted extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> name = varchar("name", 64);
        final Column<Integer> age = integer("age");
        final Column<String> city = varchar("city", 32);

        private Inserted() {
            super("bench_inserted");
            primaryKey(id);
        }
    }

    /** 1,000,000 rows; M1 streams them. */
    static final class Streamed extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> label = varchar("label", 32);
        final Column<Integer> amount = integer("amount");

        private Streamed() {
            super("bench_streamed");
            primaryKey(id);
        }
    }
}
