package dev.quarry.jdbc.internal.tls;

import dev.quarry.jdbc.tls.PemSource;
import dev.quarry.jdbc.tls.TlsMode;
import dev.quarry.jdbc.tls.TlsSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A database's TLS settings with their PEM documents read and parsed, once, when the database
 * connects, so that a missing file or a malformed key fails then, naming the setting, rather than
 * deep inside a driver. Immutable.
 *
 * @param trusted the CA certificates, or null to trust the JVM's CAs
 * @param clientKey the client's private key, or null without a client certificate
 * @param clientChain the client's certificate chain, leaf first; empty without one
 */
public record TlsMaterial(TlsSettings settings, @Nullable List<X509Certificate> trusted, @Nullable PrivateKey clientKey,
        List<X509Certificate> clientChain) {

    /**
     * Reads the settings' documents.
     *
     * @throws IllegalArgumentException naming the database, the setting and its source when one
     *     cannot be read or parsed
     */
    public static TlsMaterial load(TlsSettings settings, String databaseName) {
        List<X509Certificate> trusted = settings.caCertificate() == null ? null
                : certificates(settings.caCertificate(), "CA certificate", databaseName);
        PemSource keySource = settings.clientKey();
        if (settings.clientCertificate() == null || keySource == null) {
            return new TlsMaterial(settings, trusted, null, List.of());
        }
        List<X509Certificate> chain = certificates(settings.clientCertificate(), "client certificate", databaseName);
        PrivateKey key;
        try {
            key = PemDocuments.privateKey(keySource.read());
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable("client key", keySource, databaseName, e);
        }
        return new TlsMaterial(settings, trusted, key, chain);
    }

    public TlsMode mode() {
        return settings.mode();
    }

    /** The CA certificates as PEM text, or null to trust the JVM's CAs. */
    public @Nullable String trustedPem() {
        if (trusted == null) {
            return null;
        }
        StringBuilder pem = new StringBuilder();
        Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate certificate : trusted) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(encoder.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a parsed certificate could not be encoded again", e);
            }
        }
        return pem.toString();
    }

    /** The CA certificates as a key store of trusted entries, or null to trust the JVM's CAs. */
    public @Nullable KeyStore trustStore() throws GeneralSecurityException, IOException {
        if (trusted == null) {
            return null;
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int index = 0; index < trusted.size(); index++) {
            store.setCertificateEntry("ca-" + index, trusted.get(index));
        }
        return store;
    }

    /** The client key and chain as a key store under the password, or null without a client certificate. */
    public @Nullable KeyStore clientKeyStore(char[] password) throws GeneralSecurityException, IOException {
        if (clientKey == null) {
            return null;
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("client", clientKey, password, clientChain.toArray(new X509Certificate[0]));
        return store;
    }

    private static List<X509Certificate> certificates(PemSource source, String setting, String databaseName) {
        try {
            return PemDocuments.certificates(source.read());
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(setting, source, databaseName, e);
        }
    }

    private static IllegalArgumentException unreadable(String setting, PemSource source, String databaseName, Exception e) {
        return new IllegalArgumentException("the TLS " + setting + " of database '" + databaseName + "' (" + source
                + ") cannot be used: " + e.getMessage(), e);
    }
}
