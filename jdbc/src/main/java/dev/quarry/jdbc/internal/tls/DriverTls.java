package dev.quarry.jdbc.internal.tls;

import dev.quarry.jdbc.tls.TlsMode;
import dev.quarry.jdbc.tls.TlsSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A database's TLS settings as its driver's properties, and what to clean up when the database
 * closes (prepared pgjdbc sockets, key store files only the process's user can read). Not
 * thread-safe; closed once.
 */
public final class DriverTls implements AutoCloseable {
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();
    private String preparedSockets = "";

    private DriverTls() {
    }

    /**
     * The properties for the driver of the class named.
     *
     * @throws IllegalArgumentException for a driver whose TLS properties Quarry does not know, or
     *     certificates that cannot be read
     */
    public static DriverTls of(String driverClass, TlsSettings settings, String databaseName) {
        DriverTls tls = new DriverTls();
        TlsMaterial material = TlsMaterial.load(settings, databaseName);
        try {
            if (driverClass.startsWith("org.postgresql.")) {
                tls.postgres(material);
            } else if (driverClass.startsWith("org.mariadb.jdbc.")) {
                tls.mariaDb(material);
            } else if (driverClass.startsWith("com.mysql.")) {
                tls.mySql(material);
            } else {
                throw new IllegalArgumentException("tls(...) is set for database '" + databaseName + "', but Quarry knows the"
                        + " TLS properties of pgjdbc, MariaDB Connector/J and MySQL Connector/J only, not of " + driverClass
                        + "; set that driver's own properties with property(...)");
            }
        } catch (GeneralSecurityException | IOException e) {
            tls.close();
            throw new IllegalArgumentException("the TLS settings of database '" + databaseName + "' cannot be prepared: "
                    + e.getMessage(), e);
        }
        return tls;
    }

    /** The driver properties, by name. */
    public Map<String, String> properties() {
        return properties;
    }

    private void postgres(TlsMaterial material) throws GeneralSecurityException, IOException {
        TlsMode mode = material.mode();
        properties.put("sslmode", mode.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (mode != TlsMode.DISABLE) {
            preparedSockets = PostgresTlsSocketFactory.prepare(VerifyingSocketFactory.of(material));
            properties.put("sslfactory", PostgresTlsSocketFactory.class.getName());
            properties.put(PostgresTlsSocketFactory.CONTEXT_PROPERTY, preparedSockets);
        }
    }

    private void mariaDb(TlsMaterial material) throws GeneralSecurityException, IOException {
        TlsMode mode = material.mode();
        properties.put("sslMode", switch (mode) {
            case DISABLE -> "disable";
            case REQUIRE -> "trust";
            case VERIFY_CA -> "verify-ca";
            case VERIFY_FULL -> "verify-full";
        });
        String trusted = material.trustedPem();
        if (trusted != null) {
            properties.put("serverSslCert", trusted);
        }
        String password = randomPassword();
        KeyStore clientKeys = material.clientKeyStore(password.toCharArray());
        if (clientKeys != null) {
            properties.put("keyStore", write(clientKeys, password).toString());
            properties.put("keyStorePassword", password);
            properties.put("keyStoreType", "PKCS12");
        }
        if (!material.settings().protocols().isEmpty()) {
            properties.put("enabledSslProtocolSuites", String.join(",", material.settings().protocols()));
        }
    }

    private void mySql(TlsMaterial material) throws GeneralSecurityException, IOException {
        TlsMode mode = material.mode();
        properties.put("sslMode", switch (mode) {
            case DISABLE -> "DISABLED";
            case REQUIRE -> "REQUIRED";
            case VERIFY_CA -> "VERIFY_CA";
            case VERIFY_FULL -> "VERIFY_IDENTITY";
        });
        String password = randomPassword();
        KeyStore trusted = material.trustStore();
        if (trusted != null) {
            properties.put("trustCertificateKeyStoreUrl", write(trusted, password).toUri().toString());
            properties.put("trustCertificateKeyStorePassword", password);
            properties.put("trustCertificateKeyStoreType", "PKCS12");
        }
        KeyStore clientKeys = material.clientKeyStore(password.toCharArray());
        if (clientKeys != null) {
            properties.put("clientCertificateKeyStoreUrl", write(clientKeys, password).toUri().toString());
            properties.put("clientCertificateKeyStorePassword", password);
            properties.put("clientCertificateKeyStoreType", "PKCS12");
        }
        if (!material.settings().protocols().isEmpty()) {
            properties.put("tlsVersions", String.join(",", material.settings().protocols()));
        }
    }

    private Path write(KeyStore store, String password) throws GeneralSecurityException, IOException {
        Path file = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile("quarry-tls-", ".p12", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile("quarry-tls-", ".p12");
        files.add(file);
        file.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Forgets the prepared sockets and deletes the key store files. */
    @Override
    public void close() {
        if (!preparedSockets.isEmpty()) {
            PostgresTlsSocketFactory.forget(preparedSockets);
        }
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Deleted on exit instead.
            }
        }
    }
}
