package dev.quarry.opentelemetry.internal;

import dev.quarry.jdbc.Database;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;

/**
 * What every span of one database carries: {@code db.system.name} (the dialect's name:
 * {@code postgresql}, {@code sqlite}, {@code mariadb} or {@code mysql}), {@code db.namespace},
 * {@code server.address} and {@code server.port} where its URL tells them, and Quarry's name for it.
 * Immutable.
 *
 * @param database the database described
 * @param attributes its attributes
 * @param transactionSpanName the name of its transactions' spans
 */
public record DatabaseAttributes(Database database, Attributes attributes, String transactionSpanName) {
    /** Describes a database. */
    public static DatabaseAttributes of(Database database) {
        ServerLocation location = ServerLocation.parse(database.config().url());
        AttributesBuilder builder = Attributes.builder()
                .put(TraceAttributes.DB_SYSTEM_NAME, database.dialect().name())
                .put(TraceAttributes.DATABASE, database.name());
        if (location.namespace() != null) {
            builder.put(TraceAttributes.DB_NAMESPACE, location.namespace());
        }
        if (location.address() != null) {
            builder.put(TraceAttributes.SERVER_ADDRESS, location.address());
            if (location.port() > 0) {
                builder.put(TraceAttributes.SERVER_PORT, (long) location.port());
            }
        }
        return new DatabaseAttributes(database, builder.build(), "transaction " + database.name());
    }
}
