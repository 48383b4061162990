package dev.quarry.opentelemetry.internal;

import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.FailedAttempt;
import dev.quarry.jdbc.observation.SavepointAction;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionOutcome;
import dev.quarry.render.StatementFingerprint;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.concurrent.TimeUnit;

/**
 * Traces one transaction: its span, started when the transaction began, and a client span per
 * statement, made after the statement ran, as a child of the transaction's span with the
 * statement's own start and end. Attempts that failed, connection waits of a millisecond or more,
 * savepoints and exceeded budgets are events on the transaction's span.
 *
 * <p>Events arrive one at a time, possibly on different threads; spans are thread-safe.
 */
public final class TransactionTracer implements TransactionObserver {
    /** Waits for a connection shorter than this are not worth an event. */
    static final long NOTICEABLE_CONNECTION_WAIT_NANOS = 1_000_000;
    private static final LowerCaseNames<TransactionOutcome> OUTCOMES = new LowerCaseNames<>(TransactionOutcome.class);
    private static final LowerCaseNames<SavepointAction> SAVEPOINT_ACTIONS = new LowerCaseNames<>(SavepointAction.class);

    private final Tracer tracer;
    private final Failures failures;
    private final DatabaseAttributes database;
    private final Span span;
    private final long startNanos;
    private final Context context;

    /** Traces a transaction whose span started at {@code startNanos} of the {@link WallClock}. */
    public TransactionTracer(Tracer tracer, Failures failures, DatabaseAttributes database, Span span, long startNanos) {
        this.tracer = tracer;
        this.failures = failures;
        this.database = database;
        this.span = span;
        this.startNanos = startNanos;
        this.context = Context.root().with(span);
    }

    @Override
    public void connectionAcquired(int attempt, long waitNanos) {
        if (waitNanos < NOTICEABLE_CONNECTION_WAIT_NANOS) {
            return;
        }
        span.addEvent(TraceAttributes.CONNECTION_ACQUIRED_EVENT, Attributes.of(
                TraceAttributes.ATTEMPT, (long) attempt,
                TraceAttributes.CONNECTION_WAIT, seconds(waitNanos)));
    }

    @Override
    public void statementExecuted(ExecutedStatement statement) {
        StatementFingerprint fingerprint = statement.fingerprint();
        long endNanos = Math.max(WallClock.nowNanos(), startNanos);
        SpanBuilder builder = tracer.spanBuilder(fingerprint.name())
                .setParent(context)
                .setSpanKind(SpanKind.CLIENT)
                .setStartTimestamp(Math.max(startNanos, endNanos - Math.max(0, statement.elapsedNanos())), TimeUnit.NANOSECONDS)
                .setAllAttributes(database.attributes())
                .setAttribute(TraceAttributes.DB_OPERATION_NAME, fingerprint.operation())
                .setAttribute(TraceAttributes.DB_QUERY_TEXT, fingerprint.text())
                .setAttribute(TraceAttributes.DB_QUERY_SUMMARY, fingerprint.name());
        if (fingerprint.collection() != null) {
            builder.setAttribute(TraceAttributes.DB_COLLECTION_NAME, fingerprint.collection());
        }
        if (statement.rows() >= 0 && fingerprint.operation().equals("select")) {
            builder.setAttribute(TraceAttributes.DB_RESPONSE_RETURNED_ROWS, statement.rows());
        }
        Span statementSpan = builder.startSpan();
        if (statement.failure() != null) {
            failures.record(statementSpan, statement.failure());
        }
        statementSpan.end(endNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void savepoint(SavepointAction action) {
        span.addEvent(TraceAttributes.SAVEPOINT_EVENT,
                Attributes.of(TraceAttributes.SAVEPOINT_ACTION, SAVEPOINT_ACTIONS.of(action)));
    }

    @Override
    public void budgetExceeded(BudgetViolation violation) {
        AttributesBuilder attributes = Attributes.builder()
                .put(TraceAttributes.BUDGET, violation.budget())
                .put(TraceAttributes.BUDGET_LIMIT, violation.limit())
                .put(TraceAttributes.BUDGET_ACTUAL, violation.actual())
                .put(TraceAttributes.BUDGET_FAILS, violation.failsTransaction());
        if (violation.fingerprint() != null) {
            attributes.put(TraceAttributes.DB_QUERY_SUMMARY, violation.fingerprint().name());
        }
        span.addEvent(TraceAttributes.BUDGET_EXCEEDED_EVENT, attributes.build());
    }

    @Override
    public void attemptFailed(FailedAttempt attempt) {
        String statusCode = Failures.statusCode(attempt.failure());
        AttributesBuilder attributes = Attributes.builder()
                .put(TraceAttributes.ATTEMPT, (long) attempt.attempt())
                .put(TraceAttributes.ATTEMPT_DURATION, seconds(attempt.elapsedNanos()))
                .put(TraceAttributes.ERROR_TYPE, Failures.errorType(attempt.failure(), statusCode))
                .put(TraceAttributes.EXCEPTION_TYPE, attempt.failure().getClass().getName());
        if (statusCode != null) {
            attributes.put(TraceAttributes.DB_RESPONSE_STATUS_CODE, statusCode);
        }
        span.addEvent(TraceAttributes.ATTEMPT_FAILED_EVENT, attributes.build());
    }

    @Override
    public void transactionEnded(TransactionEnd end) {
        span.setAttribute(TraceAttributes.OUTCOME, OUTCOMES.of(end.outcome()));
        span.setAttribute(TraceAttributes.ATTEMPTS, (long) end.attempts());
        if (end.failure() != null) {
            failures.record(span, end.failure());
        }
        span.end(Math.max(WallClock.nowNanos(), startNanos), TimeUnit.NANOSECONDS);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
