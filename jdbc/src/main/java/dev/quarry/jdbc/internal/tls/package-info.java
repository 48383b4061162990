/** How TLS settings reach each driver, and how a failed handshake is told apart. Not API. */
@NullMarked
package dev.quarry.jdbc.internal.tls;

import org.jspecify.annotations.NullMarked;
