package dev.quarry.jdbc.tls;

/** How a connection uses TLS, the same on every networked database. */
public enum TlsMode {
    /** No TLS: the connection is sent in clear text, whatever the driver's own default. */
    DISABLE,
    /**
     * Encrypted, but the server is not verified: protects against eavesdropping, not against a
     * server that impersonates the real one. Fails if the server does not offer TLS.
     */
    REQUIRE,
    /** Encrypted, and the server's certificate must be signed by a trusted CA; its host name is not checked. */
    VERIFY_CA,
    /**
     * Encrypted, the server's certificate must be signed by a trusted CA, still valid, and issued
     * for the host name the connection was made to. The default whenever TLS is on.
     */
    VERIFY_FULL;

    /** Whether the server's certificate is checked against trusted CAs. */
    public boolean verifiesCertificate() {
        return this == VERIFY_CA || this == VERIFY_FULL;
    }
}
