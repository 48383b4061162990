package dev.quarry.jdbc.tls;

import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * How a database's connections use TLS, set with {@link dev.quarry.jdbc.DatabaseConfig.Builder#tls}.
 * Quarry maps them to the driver's own properties (pgjdbc, MariaDB Connector/J, MySQL Connector/J),
 * so that the same settings verify the server the same way on every database.
 *
 * <pre>{@code
 * TlsSettings tls = TlsSettings.builder()                  // VERIFY_FULL unless told otherwise
 *     .caCertificate(Path.of("/etc/app/db-ca.pem"))
 *     .clientCertificate(Path.of("/etc/app/client.pem"), Path.of("/etc/app/client-key.pem"))
 *     .protocols("TLSv1.3")
 *     .build();
 * }</pre>
 *
 * <p>Without a CA certificate, the verifying modes trust the CAs the JVM trusts (its
 * {@code cacerts}), as for a managed database whose certificate a public CA signed. Certificates
 * are PEM (one or more {@code CERTIFICATE} blocks); the client key is an unencrypted PKCS#8 PEM
 * key ({@code BEGIN PRIVATE KEY}: RSA, EC or Ed25519). Files are read when the database connects.
 *
 * <p>Immutable and thread-safe.
 */
public final class TlsSettings {
    private final TlsMode mode;
    private final @Nullable PemSource caCertificate;
    private final @Nullable PemSource clientCertificate;
    private final @Nullable PemSource clientKey;
    private final List<String> protocols;

    private TlsSettings(Builder builder) {
        this.mode = builder.mode;
        this.caCertificate = builder.caCertificate;
        this.clientCertificate = builder.clientCertificate;
        this.clientKey = builder.clientKey;
        this.protocols = List.copyOf(builder.protocols);
    }

    /** A builder whose mode is {@link TlsMode#VERIFY_FULL}. */
    public static Builder builder() {
        return new Builder();
    }

    /** TLS off, also for a driver that turns it on by default (MariaDB Connector/J 4). */
    public static TlsSettings disabled() {
        return builder().mode(TlsMode.DISABLE).build();
    }

    /** Encrypted without verifying the server; see {@link TlsMode#REQUIRE}. */
    public static TlsSettings required() {
        return builder().mode(TlsMode.REQUIRE).build();
    }

    public TlsMode mode() {
        return mode;
    }

    /** The certificates of the CAs trusted to sign the server's certificate; null trusts the JVM's CAs. */
    public @Nullable PemSource caCertificate() {
        return caCertificate;
    }

    /** The client's certificate (its chain, leaf first) for mutual TLS, or null. */
    public @Nullable PemSource clientCertificate() {
        return clientCertificate;
    }

    /** The client certificate's private key, or null. */
    public @Nullable PemSource clientKey() {
        return clientKey;
    }

    /** The TLS protocol versions allowed, such as {@code TLSv1.3}; empty allows the JVM's defaults. */
    public List<String> protocols() {
        return protocols;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TlsSettings that && mode == that.mode && Objects.equals(caCertificate, that.caCertificate)
                && Objects.equals(clientCertificate, that.clientCertificate) && Objects.equals(clientKey, that.clientKey)
                && protocols.equals(that.protocols);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, caCertificate, clientCertificate, clientKey, protocols);
    }

    @Override
    public String toString() {
        return "TlsSettings[mode=" + mode + (caCertificate == null ? "" : ", ca=" + caCertificate)
                + (clientCertificate == null ? "" : ", clientCertificate=" + clientCertificate + ", clientKey=" + clientKey)
                + (protocols.isEmpty() ? "" : ", protocols=" + protocols) + "]";
    }

    /** Collects TLS settings; not thread-safe. */
    public static final class Builder {
        private TlsMode mode = TlsMode.VERIFY_FULL;
        private @Nullable PemSource caCertificate;
        private @Nullable PemSource clientCertificate;
        private @Nullable PemSource clientKey;
        private final List<String> protocols = new ArrayList<>();

        private Builder() {
        }

        /** How the connection uses TLS; {@link TlsMode#VERIFY_FULL} by default. */
        public Builder mode(TlsMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The CA certificates (PEM) that sign the server's certificate. */
        public Builder caCertificate(PemSource certificates) {
            this.caCertificate = Objects.requireNonNull(certificates, "certificates");
            return this;
        }

        /** The CA certificates from a PEM file. */
        public Builder caCertificate(Path file) {
            return caCertificate(PemSource.file(file));
        }

        /** The CA certificates from a PEM resource on the class path. */
        public Builder caCertificateResource(String name) {
            return caCertificate(PemSource.resource(name));
        }

        /** The client's certificate and its private key (both PEM), for a server that asks for one. */
        public Builder clientCertificate(PemSource certificate, PemSource key) {
            this.clientCertificate = Objects.requireNonNull(certificate, "certificate");
            this.clientKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The client's certificate and private key from PEM files. */
        public Builder clientCertificate(Path certificate, Path key) {
            return clientCertificate(PemSource.file(certificate), PemSource.file(key));
        }

        /**
         * The TLS protocol versions allowed, replacing any set before, such as {@code "TLSv1.3"} or
         * {@code "TLSv1.2", "TLSv1.3"}; none allows the JVM's defaults.
         *
         * @throws IllegalArgumentException for a protocol this JVM does not know
         */
        public Builder protocols(String... versions) {
            List<String> known = knownProtocols();
            for (String version : versions) {
                if (!known.contains(version)) {
                    throw new IllegalArgumentException("unknown TLS protocol version '" + version + "'; this JVM knows "
                            + String.join(", ", known));
                }
            }
            protocols.clear();
            protocols.addAll(Arrays.asList(versions));
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException for certificates with a mode that would not use them:
         *     any with {@link TlsMode#DISABLE}, a CA certificate with {@link TlsMode#REQUIRE}
         */
        public TlsSettings build() {
            if (mode == TlsMode.DISABLE && (caCertificate != null || clientCertificate != null || !protocols.isEmpty())) {
                throw new IllegalArgumentException("TLS mode DISABLE takes no certificates or protocols; choose"
                        + " REQUIRE, VERIFY_CA or VERIFY_FULL to use them");
            }
            if (mode == TlsMode.REQUIRE && caCertificate != null) {
                throw new IllegalArgumentException("TLS mode REQUIRE does not verify the server, so the CA certificate "
                        + caCertificate + " would be ignored; choose VERIFY_CA or VERIFY_FULL");
            }
            return new TlsSettings(this);
        }

        private static List<String> knownProtocols() {
            try {
                return List.of(SSLContext.getDefault().getSupportedSSLParameters().getProtocols());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this JVM offers no TLS", e);
            }
        }
    }
}
