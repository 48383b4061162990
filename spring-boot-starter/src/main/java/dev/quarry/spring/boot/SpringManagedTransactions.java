package dev.quarry.spring.boot;

import dev.quarry.jdbc.ExternalTransaction;
import dev.quarry.jdbc.ExternalTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a Quarry {@link dev.quarry.jdbc.Database} over a Spring {@link DataSource} join the
 * Spring-managed transaction open on the calling thread ({@code @Transactional},
 * {@code TransactionTemplate}) of a transaction manager that binds its connection to that data
 * source: {@code DataSourceTransactionManager}, {@code JdbcTransactionManager}, and
 * {@code JpaTransactionManager} when its JPA dialect exposes the JDBC connection. Quarry then runs
 * on the very connection {@code JdbcTemplate} uses in the same transaction.
 *
 * <p>A Quarry block joins when Spring has an actual transaction active on this thread and a
 * connection of this data source bound to it; otherwise Quarry runs its own transaction. A Quarry
 * block that fails, or is marked rollback-only, marks the Spring transaction rollback-only through
 * its {@link ConnectionHolder}: the transaction managers of Spring JDBC then roll back at its end
 * even if the caller caught the failure (and report it with an {@code UnexpectedRollbackException}),
 * as they do for a participating {@code @Transactional} method. The rules on Quarry's side are those
 * of {@link ExternalTransactions}.
 *
 * <p>The Spring Boot auto-configuration installs it on the {@code Database} it creates; for one built
 * by hand: {@code DatabaseConfig.builder(dataSource).externalTransactions(new SpringManagedTransactions(dataSource))}.
 * Thread-safe: it keeps no state of its own.
 */
public final class SpringManagedTransactions implements ExternalTransactions {
    private final DataSource dataSource;

    /** @param dataSource the data source the Spring transaction manager manages, the same one the Database uses */
    public SpringManagedTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public @Nullable ExternalTransaction current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder)) {
            return null;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.getAutoCommit()) {
                // Bound for synchronisation only (a JTA transaction or one of another resource): nothing to join.
                DataSourceUtils.releaseConnection(connection, dataSource);
                return null;
            }
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("could not read the auto-commit mode of the connection of the"
                    + " Spring transaction: " + e.getMessage(), e);
        }
        return new Joined(connection, holder);
    }

    @Override
    public String toString() {
        return "SpringManagedTransactions[" + dataSource + "]";
    }

    /** One Quarry block's use of the Spring transaction's connection. */
    private final class Joined implements ExternalTransaction {
        private final Connection connection;
        private final ConnectionHolder holder;

        Joined(Connection connection, ConnectionHolder holder) {
            this.connection = connection;
            this.holder = holder;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public void setRollbackOnly() {
            holder.setRollbackOnly();
        }

        @Override
        public void release() {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
