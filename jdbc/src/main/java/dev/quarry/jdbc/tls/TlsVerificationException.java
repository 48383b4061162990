package dev.quarry.jdbc.tls;

import dev.quarry.jdbc.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * A connection failed because its TLS handshake failed: the server's certificate was not signed by
 * a trusted CA, had expired, or was issued for another host name; or client and server agreed on no
 * protocol. The message says which, naming the host and, where the driver tells it, the
 * certificate's subject; it never shows a password. The cause is the driver's failure.
 */
public class TlsVerificationException extends DataAccessException {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final @Nullable String certificateSubject;

    public TlsVerificationException(String message, String host, @Nullable String certificateSubject, @Nullable Throwable cause) {
        super(message, null, cause);
        this.host = host;
        this.certificateSubject = certificateSubject;
    }

    /** The host name the connection was made to, as the URL gives it. */
    public String host() {
        return host;
    }

    /** The subject of the server's certificate, or null when the driver did not tell it. */
    public @Nullable String certificateSubject() {
        return certificateSubject;
    }
}
