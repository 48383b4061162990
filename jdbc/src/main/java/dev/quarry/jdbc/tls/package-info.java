/**
 * Encrypted, verified connections: {@link dev.quarry.jdbc.tls.TlsSettings} set on
 * {@link dev.quarry.jdbc.DatabaseConfig.Builder#tls}, which Quarry maps to each driver's own
 * properties so that one setting means the same on PostgreSQL, MariaDB and MySQL; and
 * {@link dev.quarry.jdbc.tls.TlsVerificationException}, the failure of a server that could not be
 * verified.
 */
@NullMarked
package dev.quarry.jdbc.tls;

import org.jspecify.annotations.NullMarked;
