/** Routing of a database cluster's transactions: member health, replica choice, replication positions. Not API. */
@NullMarked
package dev.quarry.jdbc.internal.cluster;

import org.jspecify.annotations.NullMarked;
