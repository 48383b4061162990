package dev.quarry.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The workloads written by hand with JDBC prepared statements: the baseline, as a careful JDBC user
 * writes them. The pool hands out connections in auto-commit mode, so each read is a single
 * statement and a single round trip; the workloads that need a transaction (W3's batch, W4's
 * update and delete, the streamed read, which PostgreSQL's cursor needs) leave auto-commit mode,
 * commit, and restore it. Identifiers are quoted as Quarry quotes them for the dialect.
 */
public final class JdbcWorkloads {
    private final DataSource pool;
    private final String q;
    private final String pointSelect;
    private final String rangeSelect;
    private final String insert;
    private final String update;
    private final String delete;
    private final String joinAggregate;
    private final String stream;
    private final boolean mysqlFamily;

    public JdbcWorkloads(DataSource pool, String dialect) {
        this.pool = pool;
        this.mysqlFamily = dialect.equals("mariadb");
        this.q = mysqlFamily ? "`" : "\"";
        this.pointSelect = "SELECT " + cols("id", "name", "age", "city", "active") + " FROM " + id("bench_users")
                + " WHERE " + id("id") + " = ?";
        this.rangeSelect = "SELECT " + cols("id", "name", "age", "city", "active") + " FROM " + id("bench_users")
                + " WHERE " + id("age") + " BETWEEN ? AND ? ORDER BY " + id("id");
        this.insert = "INSERT INTO " + id("bench_inserted") + " (" + cols("id", "name", "age", "city") + ") VALUES (?, ?, ?, ?)";
        this.update = "UPDATE " + id("bench_accounts") + " SET " + id("balance") + " = " + id("balance") + " + ? WHERE "
                + id("id") + " BETWEEN ? AND ?";
        this.delete = "DELETE FROM " + id("bench_ledger") + " WHERE " + id("account_id") + " BETWEEN ? AND ?";
        this.joinAggregate = "SELECT u." + id("city") + ", COUNT(*), SUM(o." + id("amount") + ") FROM " + id("bench_users")
                + " u JOIN " + id("bench_orders") + " o ON o." + id("user_id") + " = u." + id("id") + " WHERE o."
                + id("status") + " = ? GROUP BY u." + id("city") + " HAVING COUNT(*) > ? ORDER BY u." + id("city");
        this.stream = "SELECT " + cols("id", "label", "amount") + " FROM " + id("bench_streamed");
    }

    private String id(String name) {
        return q + name + q;
    }

    private String cols(String... names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add(id(name));
        }
        return String.join(", ", quoted);
    }

    public User pointSelect(long id) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            User user;
            try (PreparedStatement statement = connection.prepareStatement(pointSelect)) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    user = user(rows);
                }
            }
            return user;
        }
    }

    public List<User> rangeSelect(int fromAge, int toAge) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            List<User> users = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(rangeSelect)) {
                statement.setInt(1, fromAge);
                statement.setInt(2, toAge);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        users.add(user(rows));
                    }
                }
            }
            return users;
        }
    }

    public int batchInsert(List<User> users) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (User user : users) {
                    statement.setLong(1, user.id());
                    statement.setString(2, user.name());
                    statement.setInt(3, user.age());
                    statement.setString(4, user.city());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            return users.size();
        }
    }

    public int updateAndDelete(long firstAccount) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            int changed;
            long last = firstAccount + BenchData.UPDATED_ACCOUNTS - 1;
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                statement.setLong(1, 1);
                statement.setLong(2, firstAccount);
                statement.setLong(3, last);
                changed = statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                statement.setLong(1, firstAccount);
                statement.setLong(2, last);
                changed += statement.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            return changed;
        }
    }

    public List<CitySpend> joinAggregate(String status, long minOrders) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            List<CitySpend> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(joinAggregate)) {
                statement.setString(1, status);
                statement.setLong(2, minOrders);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(new CitySpend(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                    }
                }
            }
            return result;
        }
    }

    /** Streams the million rows with the driver's streaming mode and sums a column. */
    public long stream(int fetchSize) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            long sum = 0;
            try (PreparedStatement statement = connection.prepareStatement(stream, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                // MySQL Connector/J streams only with this fetch size, and reads the whole result otherwise.
                boolean connectorJ = connection.getMetaData().getDriverName().startsWith("MySQL");
                statement.setFetchSize(connectorJ ? Integer.MIN_VALUE : fetchSize);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sum += rows.getLong(1) + rows.getString(2).length() + rows.getInt(3);
                    }
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            return sum;
        }
    }

    private static User user(ResultSet rows) throws SQLException {
        return new User(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4), rows.getBoolean(5));
    }
}
