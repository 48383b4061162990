package dev.quarry.jdbc;

import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what the budget tests' database tells its observers: the statements sent, the budgets
 * exceeded and how transactions ended. One observed database per test target, on the shared one's
 * server; {@link #observed} clears the records.
 */
final class BudgetRecorder implements DatabaseObserver, TransactionObserver {
    private static final Map<String, Database> OBSERVED = new ConcurrentHashMap<>();
    private static final Map<String, BudgetRecorder> RECORDERS = new ConcurrentHashMap<>();

    final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
    final List<BudgetViolation> violations = new CopyOnWriteArrayList<>();
    final List<TransactionEnd> ends = new CopyOnWriteArrayList<>();

    /** The recorder of a target's observed database, its records cleared. */
    static BudgetRecorder observed(TestTarget target) {
        BudgetRecorder recorder = RECORDERS.computeIfAbsent(target.name(), name -> new BudgetRecorder());
        recorder.statements.clear();
        recorder.violations.clear();
        recorder.ends.clear();
        return recorder;
    }

    /** The target's observed database, on which the accounts table was just recreated. */
    static Database database(TestTarget target) {
        Database shared = Accounts.fresh(TestDatabases.of(target));
        return OBSERVED.computeIfAbsent(target.name(), name -> TestDatabases.openLike(shared, "budget-observed-" + name, 2,
                builder -> builder.observer(RECORDERS.computeIfAbsent(name, key -> new BudgetRecorder()))));
    }

    /** The statements sent that named the accounts table. */
    List<ExecutedStatement> accountStatements() {
        return statements.stream().filter(statement -> statement.sql().contains(Accounts.ACCOUNTS.tableName())).toList();
    }

    @Override
    public TransactionObserver transactionStarted(TransactionStart start) {
        return this;
    }

    @Override
    public void statementExecuted(ExecutedStatement statement) {
        statements.add(statement);
    }

    @Override
    public void budgetExceeded(BudgetViolation violation) {
        violations.add(violation);
    }

    @Override
    public void transactionEnded(TransactionEnd end) {
        ends.add(end);
    }
}
