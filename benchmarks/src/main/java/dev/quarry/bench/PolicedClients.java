package dev.quarry.bench;

import static dev.quarry.bench.BenchTables.ACCOUNTS;
import static dev.quarry.bench.BenchTables.LEDGER;
import static dev.quarry.bench.BenchTables.USERS;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Row;
import dev.quarry.policy.PolicyContext;
import dev.quarry.policy.PolicyKey;
import dev.quarry.policy.RowPolicies;
import dev.quarry.policy.RowPolicy;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import java.util.List;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * P1's two clients: Quarry's Java facade without policies ({@link #plain}) and with one
 * tenant-style row policy on each table W1, W2 and W4 touch, run in a policy context. The
 * benchmark tables have no tenant column, so the policy compares a column with the context's
 * tenant, 0 ({@code age >= ?} on users, {@code id >= ?} and {@code account_id >= ?} on the
 * others): it costs what a tenant policy costs (a context lookup, the tree transformation, one more
 * predicate and bind per table) and keeps every row visible, so both clients read and write the
 * same rows. Both draw their connections from one pool, configured as Quarry configures its own:
 * calls made one after the other then run on the same connection, so the comparison measures the
 * policy and not two sets of connections, whose latencies differ between themselves by more than
 * the policy costs.
 */
@State(Scope.Benchmark)
public class PolicedClients {
    static final PolicyKey<Long> TENANT = PolicyKey.of("tenant", Long.class);
    private static final PolicyContext CONTEXT = PolicyContext.of(TENANT, 0L);

    private HikariDataSource pool;
    private Database plainDatabase;
    private Database database;
    QuarryJavaWorkloads plain;

    @Setup(Level.Trial)
    public void open(DialectState state) {
        String url = BenchTargets.url(state.dialect);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("bench-p1-" + state.dialect);
        config.setMaximumPoolSize(Clients.POOL_SIZE);
        config.setAutoCommit(false);
        Dialects.forJdbcUrl(url).connectionProperties().forEach(config::addDataSourceProperty);
        pool = new HikariDataSource(config);
        RowPolicies policies = RowPolicies.of(new TenantStandInPolicy<>(USERS.age, Long::intValue),
                new TenantStandInPolicy<>(ACCOUNTS.id, Function.identity()), new TenantStandInPolicy<>(LEDGER.accountId, Function.identity()));
        plainDatabase = Database.connect(DatabaseConfig.builder(pool).name("bench-p1-plain-" + state.dialect).build());
        plain = new QuarryJavaWorkloads(plainDatabase);
        database = Database.connect(DatabaseConfig.builder(pool).name("bench-p1-policed-" + state.dialect).policies(policies).build());
    }

    @TearDown(Level.Trial)
    public void close() {
        plainDatabase.close();
        database.close();
        pool.close();
    }

    User pointSelect(long id) {
        return database.transaction(tx -> user(tx.withPolicyContext(CONTEXT).selectFrom(USERS).where(USERS.id.eq(id)).fetchOne()));
    }

    List<User> rangeSelect(int fromAge, int toAge) {
        return database.transaction(tx -> tx.withPolicyContext(CONTEXT).selectFrom(USERS).where(USERS.age.between(fromAge, toAge))
                .orderBy(USERS.id.asc()).fetch().stream().map(PolicedClients::user).toList());
    }

    int updateAndDelete(long firstAccount) {
        long last = firstAccount + BenchData.UPDATED_ACCOUNTS - 1;
        return database.transaction(plain -> {
            var tx = plain.withPolicyContext(CONTEXT);
            return tx.update(ACCOUNTS).set(ACCOUNTS.balance, ACCOUNTS.balance.add(1L))
                    .where(ACCOUNTS.id.between(firstAccount, last)).execute()
                    + tx.deleteFrom(LEDGER).where(LEDGER.accountId.between(firstAccount, last)).execute();
        });
    }

    private static User user(Row row) {
        return new User(row.get(USERS.id), row.get(USERS.name), row.get(USERS.age), row.get(USERS.city), row.get(USERS.active));
    }

    /**
     * Rows whose column is at least the context's tenant: a tenant policy's cost on a table without a
     * tenant column. On users the column is the age, which no index covers, as a tenant column would
     * not be for the age filter of W2; a key column there would change the plan MariaDB picks for it.
     */
    private record TenantStandInPolicy<T>(Column<T> column, Function<Long, T> fromTenant) implements RowPolicy {
        @Override
        public Table table() {
            return column.table();
        }

        @Override
        public Condition filter(Table reference, PolicyContext context) {
            Column<T> on = reference instanceof TableAlias alias ? alias.get(column) : column;
            return on.ge(fromTenant.apply(context.require(TENANT, describe())));
        }

        @Override
        public String describe() {
            return "tenant policy on " + column.qualifiedName();
        }
    }
}
