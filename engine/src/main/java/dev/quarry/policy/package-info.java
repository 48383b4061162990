/**
 * Row policies and column masks: conditions and masks attached to tables that the JDBC layer
 * applies to every statement, as a pure transformation of the statement tree, from an explicit
 * {@link dev.quarry.policy.PolicyContext}. Nothing here reads a thread-local or opens a connection.
 */
@NullMarked
package dev.quarry.policy;

import org.jspecify.annotations.NullMarked;
