package dev.quarry.bench;

import static dev.quarry.bench.BenchTables.ACCOUNTS;
import static dev.quarry.bench.BenchTables.LEDGER;
import static dev.quarry.bench.BenchTables.USERS;

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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * P1's policed client: Quarry's Java facade on a database with one tenant-style row policy on each
 * table W1, W2 and W4 touch, run in a policy context. The benchmark tables have no tenant column,
 * so the policy compares the key column with the context's tenant ({@code id >= ?}, tenant 0):
 * it costs what a tenant policy costs (a context lookup, the tree transformation, one more
 * predicate and bind per table) and keeps every row visible, so both clients read and write the
 * same rows. Its pool has the size and settings of the unpoliced client's pool.
 */
@State(Scope.Benchmark)
public class PolicedClients {
    static final PolicyKey<Long> TENANT = PolicyKey.of("tenant", Long.class);
    private static final PolicyContext CONTEXT = PolicyContext.of(TENANT, 0L);

    private Database database;

    @Setup(Level.Trial)
    public void open(DialectState state) {
        RowPolicies policies = RowPolicies.of(new KeyTenantPolicy(USERS.id), new KeyTenantPolicy(ACCOUNTS.id),
                new KeyTenantPolicy(LEDGER.accountId));
        database = Database.connect(DatabaseConfig.builder(BenchTargets.url(state.dialect))
                .name("bench-policed-" + state.dialect).poolSize(Clients.POOL_SIZE).policies(policies).build());
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
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

    /** Rows whose key is at least the context's tenant: a tenant policy's cost on a table without a tenant column. */
    private record KeyTenantPolicy(Column<Long> key) implements RowPolicy {
        @Override
        public Table table() {
            return key.table();
        }

        @Override
        public Condition filter(Table reference, PolicyContext context) {
            Column<Long> on = reference instanceof TableAlias alias ? alias.get(key) : key;
            return on.ge(context.require(TENANT, describe()));
        }

        @Override
        public String describe() {
            return "tenant policy on " + key.qualifiedName();
        }
    }
}
