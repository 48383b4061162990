package dev.quarry.opentelemetry;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import dev.quarry.opentelemetry.internal.DatabaseAttributes;
import dev.quarry.opentelemetry.internal.Failures;
import dev.quarry.opentelemetry.internal.InstrumentationVersion;
import dev.quarry.opentelemetry.internal.LowerCaseNames;
import dev.quarry.opentelemetry.internal.TraceAttributes;
import dev.quarry.opentelemetry.internal.TransactionTracer;
import dev.quarry.opentelemetry.internal.WallClock;
import dev.quarry.sql.IsolationLevel;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Traces a {@link Database} with OpenTelemetry: a span per transaction and a client span per
 * statement, after OpenTelemetry's semantic conventions for database clients.
 *
 * <pre>{@code
 * Database db = Database.connect(DatabaseConfig.builder(url)
 *         .observer(QuarryTracing.create(openTelemetry))
 *         .build());
 * }</pre>
 *
 * <p>A transaction's span ({@link SpanKind#INTERNAL}, named {@code transaction <database name>})
 * is a child of the span current where the transaction was asked for: on the calling thread for
 * {@code db.transaction} and {@code db.transactionAsync}, in the calling coroutine's context for the
 * Kotlin DSL's {@code transaction { }} (carry OpenTelemetry's context there with
 * {@code opentelemetry-extension-kotlin}'s {@code asContextElement()}). It spans all the
 * transaction's attempts; an attempt that failed with a transient conflict and was tried again is an
 * event {@code quarry.transaction.attempt_failed} on it. Each statement is a {@link SpanKind#CLIENT}
 * span under it named by the statement's fingerprint ({@code select users}), whatever thread ran
 * it. A transaction that joins an open one is part of that one's span.
 *
 * <p>No bound value reaches a span: the query text is the statement's fingerprint, in which even
 * the literals of SQL written by hand are {@code ?}. Exception messages, which may quote a row's
 * values, are left out unless {@link Builder#recordExceptionMessages(boolean)} asks for them.
 *
 * <p>Immutable and thread-safe; one instance may observe any number of databases.
 */
public final class QuarryTracing implements DatabaseObserver {
    /** The instrumentation scope of Quarry's spans. */
    public static final String INSTRUMENTATION_NAME = "dev.quarry";
    private static final LowerCaseNames<Propagation> PROPAGATIONS = new LowerCaseNames<>(Propagation.class);
    private static final LowerCaseNames<IsolationLevel> ISOLATIONS = new LowerCaseNames<>(IsolationLevel.class);

    private final Tracer tracer;
    private final Failures failures;
    private volatile @Nullable DatabaseAttributes lastDatabase;

    private QuarryTracing(Builder builder) {
        this.tracer = builder.openTelemetry.tracerBuilder(INSTRUMENTATION_NAME)
                .setInstrumentationVersion(InstrumentationVersion.get())
                .build();
        this.failures = new Failures(builder.recordExceptionMessages);
    }

    /** Tracing with the given OpenTelemetry instance and default settings. */
    public static QuarryTracing create(OpenTelemetry openTelemetry) {
        return builder(openTelemetry).build();
    }

    /** Settings for tracing with the given OpenTelemetry instance. */
    public static Builder builder(OpenTelemetry openTelemetry) {
        return new Builder(openTelemetry);
    }

    /** Registers tracing with default settings on a database's configuration; returns the builder. */
    public static DatabaseConfig.Builder configure(DatabaseConfig.Builder config, OpenTelemetry openTelemetry) {
        Objects.requireNonNull(config, "config");
        return config.observer(create(openTelemetry));
    }

    @Override
    public TransactionObserver transactionStarted(TransactionStart start) {
        DatabaseAttributes database = attributesOf(start.database());
        long startNanos = WallClock.nowNanos();
        SpanBuilder builder = tracer.spanBuilder(database.transactionSpanName())
                .setParent(Context.current())
                .setSpanKind(SpanKind.INTERNAL)
                .setStartTimestamp(startNanos, TimeUnit.NANOSECONDS)
                .setAllAttributes(database.attributes())
                .setAttribute(TraceAttributes.PROPAGATION, PROPAGATIONS.of(start.options().propagation()));
        IsolationLevel isolation = start.options().isolation();
        if (isolation != null) {
            builder.setAttribute(TraceAttributes.ISOLATION, ISOLATIONS.of(isolation));
        }
        if (start.options().isReadOnly()) {
            builder.setAttribute(TraceAttributes.READ_ONLY, true);
        }
        Span span = builder.startSpan();
        return new TransactionTracer(tracer, failures, database, span, startNanos);
    }

    /** One observer usually serves one database: its attributes are kept, and made anew for another. */
    private DatabaseAttributes attributesOf(Database database) {
        DatabaseAttributes last = lastDatabase;
        if (last != null && last.database() == database) {
            return last;
        }
        DatabaseAttributes made = DatabaseAttributes.of(database);
        lastDatabase = made;
        return made;
    }

    @Override
    public String toString() {
        return "QuarryTracing[" + INSTRUMENTATION_NAME + "]";
    }

    /** Settings of {@link QuarryTracing}; not thread-safe, build once. */
    public static final class Builder {
        private final OpenTelemetry openTelemetry;
        private boolean recordExceptionMessages;

        private Builder(OpenTelemetry openTelemetry) {
            this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
        }

        /**
         * Whether a failure's message and stack trace are recorded on its span ({@code exception.message},
         * {@code exception.stacktrace}, the status description). Off by default: a database's message
         * may quote the values of a row (a duplicate key, a value too long). Its type and SQLState are
         * always recorded.
         */
        public Builder recordExceptionMessages(boolean record) {
            this.recordExceptionMessages = record;
            return this;
        }

        /** The tracing observer, to register with {@link DatabaseConfig.Builder#observer}. */
        public QuarryTracing build() {
            return new QuarryTracing(this);
        }
    }
}
