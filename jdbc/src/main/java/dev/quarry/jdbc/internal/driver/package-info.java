/**
 * Driver-specific behaviour of the JDBC layer where the driver, not the server, decides: how
 * MySQL Connector/J and MariaDB Connector/J stream, and the driver properties Quarry sets. Not API.
 */
@NullMarked
package dev.quarry.jdbc.internal.driver;

import org.jspecify.annotations.NullMarked;
