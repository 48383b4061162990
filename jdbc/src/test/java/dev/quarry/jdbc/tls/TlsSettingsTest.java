package dev.quarry.jdbc.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.internal.tls.DriverTls;
import dev.quarry.testkit.TestCertificates;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** TLS settings that cannot work are refused with a message naming what is wrong, before any connection is tried. */
class TlsSettingsTest {
    /** Nothing listens on port 1: a test that got as far as connecting would fail differently. */
    private static final String POSTGRES = "jdbc:postgresql://localhost:1/app";
    private static TestCertificates certificates;

    @BeforeAll
    static void generateCertificates() throws Exception {
        certificates = TestCertificates.generate();
    }

    @AfterAll
    static void deleteCertificates() throws Exception {
        certificates.close();
    }

    private static String refusal(Runnable attempt) {
        return assertThrows(IllegalArgumentException.class, attempt::run).getMessage();
    }

    @Test
    void verifyFullIsTheDefaultAndTheSettingsAreValues() {
        TlsSettings settings = TlsSettings.builder().caCertificate(Path.of("/etc/ca.pem")).build();
        assertEquals(TlsMode.VERIFY_FULL, settings.mode());
        assertEquals(PemSource.file(Path.of("/etc/ca.pem")), settings.caCertificate());
        assertEquals(settings, TlsSettings.builder().caCertificate(PemSource.file(Path.of("/etc/ca.pem"))).build());
        assertEquals(PemSource.resource("db/ca.pem"), PemSource.resource("classpath:/db/ca.pem"));
        assertNull(TlsSettings.required().caCertificate());
    }

    @Test
    void certificatesAModeWouldIgnoreAreRefused() {
        String disabled = refusal(() -> TlsSettings.builder().mode(TlsMode.DISABLE).caCertificate(Path.of("ca.pem")).build());
        assertTrue(disabled.contains("DISABLE takes no certificates"), disabled);
        String required = refusal(() -> TlsSettings.builder().mode(TlsMode.REQUIRE).caCertificate(Path.of("ca.pem")).build());
        assertTrue(required.contains("REQUIRE does not verify the server") && required.contains("ca.pem"), required);
        String protocol = refusal(() -> TlsSettings.builder().protocols("TLS1.3"));
        assertTrue(protocol.contains("'TLS1.3'") && protocol.contains("TLSv1.3"), protocol);
    }

    @Test
    void sqliteAndApplicationDataSourcesRefuseTlsSettings() {
        String sqlite = refusal(() -> DatabaseConfig.builder("jdbc:sqlite:app.db").name("local").tls(TlsSettings.required()).build());
        assertTrue(sqlite.contains("tls(...)") && sqlite.contains("SQLite database 'local'") && sqlite.contains("no network"), sqlite);
        SQLiteDataSource dataSource = new SQLiteDataSource();
        String pooled = refusal(() -> DatabaseConfig.builder(dataSource).name("pooled").tls(TlsSettings.required()).build());
        assertTrue(pooled.contains("tls(...)") && pooled.contains("'pooled'") && pooled.contains("data source"), pooled);
    }

    @Test
    void anUnreadableCertificateOrKeyIsNamedWhenTheDatabaseConnects(@TempDir Path directory) throws Exception {
        Path missing = directory.resolve("missing-ca.pem");
        String noFile = refusal(() -> Database.connect(DatabaseConfig.builder(POSTGRES).name("no-ca")
                .tls(TlsSettings.builder().caCertificate(missing).build()).build()));
        assertTrue(noFile.contains("TLS CA certificate of database 'no-ca'") && noFile.contains(missing.toString()), noFile);

        String noResource = refusal(() -> Database.connect(DatabaseConfig.builder(POSTGRES).name("no-resource")
                .tls(TlsSettings.builder().caCertificateResource("no/such/ca.pem").build()).build()));
        assertTrue(noResource.contains("class path resource no/such/ca.pem"), noResource);

        Path pkcs1 = Files.writeString(directory.resolve("client-key.pem"),
                "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\n");
        String oldKey = refusal(() -> Database.connect(DatabaseConfig.builder(POSTGRES).name("old-key")
                .tls(TlsSettings.builder().clientCertificate(certificates.clientCertificate(), pkcs1).build()).build()));
        assertTrue(oldKey.contains("TLS client key of database 'old-key'") && oldKey.contains("openssl pkcs8 -topk8"), oldKey);
    }

    @Test
    void aDriverPropertyTheSettingsAlsoSetIsRefused() {
        String clash = refusal(() -> Database.connect(DatabaseConfig.builder(POSTGRES).name("clash").property("sslmode", "disable")
                .tls(TlsSettings.required()).build()));
        assertTrue(clash.contains("'sslmode'") && clash.contains("'clash'"), clash);
    }

    @Test
    void anUnknownDriverIsRefusedNamingIt() {
        String unknown = refusal(() -> DriverTls.of("org.h2.Driver", TlsSettings.required(), "memory"));
        assertTrue(unknown.contains("org.h2.Driver") && unknown.contains("property(...)"), unknown);
    }

    /** MySQL Connector/J is not on the test class path; its properties are checked as the driver documents them. */
    @Test
    void mySqlConnectorJGetsKeyStoresOnlyTheProcessCanRead() throws Exception {
        TlsSettings settings = TlsSettings.builder().caCertificate(certificates.caCertificate())
                .clientCertificate(certificates.clientCertificate(), certificates.clientKey()).protocols("TLSv1.3").build();
        Path trustStore;
        try (DriverTls tls = DriverTls.of("com.mysql.cj.jdbc.Driver", settings, "mysql")) {
            Map<String, String> properties = tls.properties();
            assertEquals("VERIFY_IDENTITY", properties.get("sslMode"));
            assertEquals("TLSv1.3", properties.get("tlsVersions"));
            assertEquals("PKCS12", properties.get("trustCertificateKeyStoreType"));
            trustStore = Path.of(URI.create(properties.get("trustCertificateKeyStoreUrl")));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(trustStore)));
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(trustStore)) {
                trusted.load(in, properties.get("trustCertificateKeyStorePassword").toCharArray());
            }
            assertEquals(1, trusted.size());
            KeyStore client = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of(URI.create(properties.get("clientCertificateKeyStoreUrl"))))) {
                client.load(in, properties.get("clientCertificateKeyStorePassword").toCharArray());
            }
            assertTrue(client.isKeyEntry("client"));
        }
        assertFalse(Files.exists(trustStore), "the trust store is deleted when the database closes");
    }

    @Test
    void theModesMapToEachDriversOwnValues() {
        for (TlsMode mode : TlsMode.values()) {
            TlsSettings settings = TlsSettings.builder().mode(mode).build();
            try (DriverTls postgres = DriverTls.of("org.postgresql.Driver", settings, "pg");
                    DriverTls mariaDb = DriverTls.of("org.mariadb.jdbc.Driver", settings, "maria");
                    DriverTls mySql = DriverTls.of("com.mysql.cj.jdbc.Driver", settings, "my")) {
                String expected = switch (mode) {
                    case DISABLE -> "disable/disable/DISABLED";
                    case REQUIRE -> "require/trust/REQUIRED";
                    case VERIFY_CA -> "verify-ca/verify-ca/VERIFY_CA";
                    case VERIFY_FULL -> "verify-full/verify-full/VERIFY_IDENTITY";
                };
                assertEquals(expected, postgres.properties().get("sslmode") + "/" + mariaDb.properties().get("sslMode") + "/"
                        + mySql.properties().get("sslMode"));
            }
        }
    }
}
