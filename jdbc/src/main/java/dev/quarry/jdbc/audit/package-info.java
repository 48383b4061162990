/**
 * The audit log: tables declared {@code audited()} get one row in {@link dev.quarry.jdbc.audit.AuditLog}
 * per inserted, updated or deleted row, written in the same transaction as the change.
 */
@NullMarked
package dev.quarry.jdbc.audit;

import org.jspecify.annotations.NullMarked;
