package dev.quarry.opentelemetry.internal;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys of Quarry's spans: those of OpenTelemetry's database client conventions, and
 * Quarry's own under {@code quarry.}.
 */
public final class TraceAttributes {
    public static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    public static final AttributeKey<String> DB_NAMESPACE = AttributeKey.stringKey("db.namespace");
    public static final AttributeKey<String> DB_OPERATION_NAME = AttributeKey.stringKey("db.operation.name");
    public static final AttributeKey<String> DB_COLLECTION_NAME = AttributeKey.stringKey("db.collection.name");
    public static final AttributeKey<String> DB_QUERY_TEXT = AttributeKey.stringKey("db.query.text");
    public static final AttributeKey<String> DB_QUERY_SUMMARY = AttributeKey.stringKey("db.query.summary");
    public static final AttributeKey<String> DB_RESPONSE_STATUS_CODE = AttributeKey.stringKey("db.response.status_code");
    public static final AttributeKey<Long> DB_RESPONSE_RETURNED_ROWS = AttributeKey.longKey("db.response.returned_rows");
    public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    public static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");

    public static final AttributeKey<String> DATABASE = AttributeKey.stringKey("quarry.database");
    public static final AttributeKey<String> PROPAGATION = AttributeKey.stringKey("quarry.transaction.propagation");
    public static final AttributeKey<String> ISOLATION = AttributeKey.stringKey("quarry.transaction.isolation");
    public static final AttributeKey<Boolean> READ_ONLY = AttributeKey.booleanKey("quarry.transaction.read_only");
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("quarry.transaction.outcome");
    public static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("quarry.transaction.attempts");
    public static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("quarry.transaction.attempt");
    public static final AttributeKey<Double> ATTEMPT_DURATION = AttributeKey.doubleKey("quarry.transaction.attempt.duration");
    public static final AttributeKey<Double> CONNECTION_WAIT = AttributeKey.doubleKey("quarry.connection.wait");
    public static final AttributeKey<String> SAVEPOINT_ACTION = AttributeKey.stringKey("quarry.savepoint.action");
    public static final AttributeKey<String> BUDGET = AttributeKey.stringKey("quarry.budget.name");
    public static final AttributeKey<Long> BUDGET_LIMIT = AttributeKey.longKey("quarry.budget.limit");
    public static final AttributeKey<Long> BUDGET_ACTUAL = AttributeKey.longKey("quarry.budget.actual");
    public static final AttributeKey<Boolean> BUDGET_FAILS = AttributeKey.booleanKey("quarry.budget.fails_transaction");

    /** The transaction span's events. */
    public static final String ATTEMPT_FAILED_EVENT = "quarry.transaction.attempt_failed";
    public static final String CONNECTION_ACQUIRED_EVENT = "quarry.connection.acquired";
    public static final String SAVEPOINT_EVENT = "quarry.savepoint";
    public static final String BUDGET_EXCEEDED_EVENT = "quarry.budget_exceeded";
    public static final String EXCEPTION_EVENT = "exception";

    private TraceAttributes() {
    }
}
