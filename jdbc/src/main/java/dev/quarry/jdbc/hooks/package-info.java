/**
 * Code that runs around the statements of a {@link dev.quarry.jdbc.Database}: hooks before and after
 * the inserts, updates and deletes of one table, and interceptors of every statement. Register them
 * with {@link dev.quarry.jdbc.DatabaseConfig.Builder#hooks}. Transaction callbacks
 * ({@link dev.quarry.jdbc.Transaction#afterCommit}) and client-side validators
 * ({@link dev.quarry.sql.Column#check}) complete the picture.
 */
@NullMarked
package dev.quarry.jdbc.hooks;

import org.jspecify.annotations.NullMarked;
