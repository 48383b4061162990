package dev.quarry.opentelemetry.internal;

import dev.quarry.jdbc.DataAccessException;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * How a failure shows on a span: ERROR status, {@code error.type}, the database's status code
 * (see {@link #statusCode}) as {@code db.response.status_code}, and an {@code exception} event. The event holds the exception's
 * type only unless messages are recorded: a database's message may quote the values of a row.
 */
public final class Failures {
    private final boolean recordMessages;

    public Failures(boolean recordMessages) {
        this.recordMessages = recordMessages;
    }

    /**
     * The database's status code for a failure: the SQLState of the failure or of the first
     * {@link SQLException} among its causes; for a driver that reports none (SQLite), its vendor
     * error code; null if neither is known.
     */
    public static @Nullable String statusCode(Throwable failure) {
        int vendorCode = 0;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 16; cause = cause.getCause(), depth++) {
            if (cause instanceof DataAccessException access) {
                if (access.sqlState() != null) {
                    return access.sqlState();
                }
                vendorCode = vendorCode != 0 ? vendorCode : access.errorCode();
            } else if (cause instanceof SQLException sql) {
                if (sql.getSQLState() != null) {
                    return sql.getSQLState();
                }
                vendorCode = vendorCode != 0 ? vendorCode : sql.getErrorCode();
            }
        }
        return vendorCode != 0 ? Integer.toString(vendorCode) : null;
    }

    /** The {@code error.type}: the status code if there is one, or else the exception's class name. */
    public static String errorType(Throwable failure, @Nullable String statusCode) {
        return statusCode != null ? statusCode : failure.getClass().getName();
    }

    /** Marks the span failed. */
    public void record(Span span, Throwable failure) {
        String statusCode = statusCode(failure);
        if (statusCode != null) {
            span.setAttribute(TraceAttributes.DB_RESPONSE_STATUS_CODE, statusCode);
        }
        span.setAttribute(TraceAttributes.ERROR_TYPE, errorType(failure, statusCode));
        if (recordMessages) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        } else {
            span.addEvent(TraceAttributes.EXCEPTION_EVENT,
                    Attributes.of(TraceAttributes.EXCEPTION_TYPE, failure.getClass().getName()));
            span.setStatus(StatusCode.ERROR, statusCode != null
                    ? failure.getClass().getSimpleName() + " (" + statusCode + ")"
                    : failure.getClass().getSimpleName());
        }
    }
}
