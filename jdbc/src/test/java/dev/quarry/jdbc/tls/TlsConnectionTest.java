package dev.quarry.jdbc.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Row;
import dev.quarry.testkit.TestCertificates;
import dev.quarry.testkit.TestTargets;
import dev.quarry.testkit.TlsServer;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLS settings against real servers with TLS on, one per database for the class: verification
 * passes and fails as the settings say, the session is encrypted, mutual TLS works. On SQLite every
 * test checks instead that TLS settings are refused: there is no network connection to encrypt.
 */
class TlsConnectionTest {
    private static final String SECRET = "tls-Pa55word-never-shown";
    private static final Map<String, TlsServer> SERVERS = new HashMap<>();
    private static final Map<String, Exception> FAILED_STARTS = new HashMap<>();
    private static TestCertificates certificates;

    static List<String> families() {
        return TestTargets.enabledFamilies();
    }

    @BeforeAll
    static void generateCertificates() throws Exception {
        certificates = TestCertificates.generate();
    }

    @AfterAll
    static void stopServers() throws Exception {
        for (TlsServer server : SERVERS.values()) {
            server.close();
        }
        SERVERS.clear();
        certificates.close();
    }

    /** The TLS server of a family, started on first use; or, for SQLite, a check that TLS is refused and null. */
    private static TlsServer server(String family) throws Exception {
        if (family.equals("sqlite")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DatabaseConfig
                    .builder("jdbc:sqlite:file:tls?mode=memory&cache=shared").tls(TlsSettings.required()).build());
            assertTrue(refused.getMessage().contains("tls(...)") && refused.getMessage().contains("SQLite"), refused.getMessage());
            return null;
        }
        Exception failedStart = FAILED_STARTS.get(family);
        if (failedStart != null) {
            throw new IllegalStateException("the " + family + " TLS server did not start", failedStart);
        }
        TlsServer server = SERVERS.get(family);
        if (server == null) {
            try {
                server = TlsServer.start(family, certificates);
            } catch (Exception e) {
                FAILED_STARTS.put(family, e);
                throw e;
            }
            SERVERS.put(family, server);
        }
        return server;
    }

    private static Database connect(String url, TlsSettings tls) {
        return Database.connect(DatabaseConfig.builder(url).tls(tls).poolSize(1).connectionTimeout(Duration.ofSeconds(5)).build());
    }

    private static TlsSettings.Builder trustingTheCa() {
        return TlsSettings.builder().caCertificate(certificates.caCertificate());
    }

    /** What the server says about the session's encryption: whether it is on, and the protocol. */
    private static List<String> encryption(Database db) {
        if (db.dialect().name().equals("postgresql")) {
            Row row = db.transaction(tx -> tx.fetch("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).get(0);
            return List.of(String.valueOf(row.get("ssl")), String.valueOf(row.get("version")));
        }
        Function<String, String> status = name -> String.valueOf(db.transaction(tx -> tx.fetch("SHOW SESSION STATUS LIKE '" + name + "'"))
                .get(0).get("Value"));
        String cipher = status.apply("Ssl_cipher");
        return List.of(String.valueOf(!cipher.isEmpty()), status.apply("Ssl_version"));
    }

    private static void assertEncrypted(Database db) {
        assertEquals("true", encryption(db).get(0), "the session should be encrypted: " + encryption(db));
    }

    private static TlsVerificationException refused(String url, TlsSettings tls) {
        DataAccessException failure = assertThrows(DataAccessException.class, () -> Database.connect(DatabaseConfig.builder(url)
                .password(SECRET).tls(tls).poolSize(1).connectionTimeout(Duration.ofSeconds(5)).build()));
        for (Throwable link = failure; link != null; link = link.getCause()) {
            assertFalse(link.toString().contains(SECRET), "the password shows in: " + link);
        }
        return assertInstanceOf(TlsVerificationException.class, failure, "expected a TLS verification failure: " + failure);
    }

    /** Quarry's socket factory for pgjdbc sees the refused certificate; MariaDB Connector/J names it only in some messages. */
    private static void assertSubjectNamedOnPostgres(String family, TlsVerificationException failure) {
        if (family.equals("postgresql")) {
            assertEquals("CN=localhost", failure.certificateSubject(), failure.getMessage());
            assertTrue(failure.getMessage().contains("the certificate 'CN=localhost' of host"), failure.getMessage());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void verifyFullWithTheRightCaConnectsEncrypted(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        try (Database db = connect(server.url("localhost"), trustingTheCa().build())) {
            assertEncrypted(db);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void theCaMayBeAClassPathResource(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader resources = new URLClassLoader(new URL[] {certificates.caCertificate().getParent().toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(resources);
            try (Database db = connect(server.url("localhost"), TlsSettings.builder().caCertificateResource("ca.pem").build())) {
                assertEncrypted(db);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void aServerSignedByAnotherCaIsRefused(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        TlsVerificationException failure = refused(server.url("localhost"),
                TlsSettings.builder().caCertificate(certificates.unrelatedCaCertificate()).build());
        assertTrue(failure.getMessage().contains("is not signed by a CA the settings trust"), failure.getMessage());
        assertEquals("localhost", failure.host());
        assertSubjectNamedOnPostgres(family, failure);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void aCertificateForAnotherHostNameIsRefusedByVerifyFullOnly(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        // The certificate names DNS:localhost only, not the address 127.0.0.1.
        TlsVerificationException failure = refused(server.url("127.0.0.1"), trustingTheCa().build());
        assertTrue(failure.getMessage().contains("was issued for another host name"), failure.getMessage());
        assertEquals("127.0.0.1", failure.host());
        assertSubjectNamedOnPostgres(family, failure);
        try (Database db = connect(server.url("127.0.0.1"), trustingTheCa().mode(TlsMode.VERIFY_CA).build())) {
            assertEncrypted(db);
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void anExpiredCertificateIsRefused(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        server.serve(certificates.expiredServerCertificate());
        try {
            TlsVerificationException failure = refused(server.url("localhost"), trustingTheCa().build());
            assertTrue(failure.getMessage().contains("has expired"), failure.getMessage());
            assertSubjectNamedOnPostgres(family, failure);
        } finally {
            server.serve(certificates.serverCertificate());
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void requireEncryptsWithoutACaAndDisableDoesNot(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        // 127.0.0.1 is not in the certificate, and no CA is given: REQUIRE checks neither.
        try (Database db = connect(server.url("127.0.0.1"), TlsSettings.required())) {
            assertEncrypted(db);
        }
        try (Database db = connect(server.url("localhost"), TlsSettings.disabled())) {
            assertEquals("false", encryption(db).get(0), "TLS was disabled: " + encryption(db));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void allowedProtocolsAreTheOnlyOnesUsed(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
            try (Database db = connect(server.url("localhost"), trustingTheCa().protocols(protocol).build())) {
                assertEquals(List.of("true", protocol), encryption(db));
            }
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("families")
    void mutualTlsAcceptsTheClientCertificateAndRefusesWithoutIt(String family) throws Exception {
        TlsServer server = server(family);
        if (server == null) {
            return;
        }
        String url = server.clientCertificateUserUrl("localhost");
        TlsSettings withCertificate = trustingTheCa()
                .clientCertificate(certificates.clientCertificate(), certificates.clientKey()).build();
        try (Database db = connect(url, withCertificate)) {
            assertEncrypted(db);
            String user = String.valueOf(db.transaction(tx -> tx.fetch("SELECT current_user AS who")).get(0).get("who"));
            assertTrue(user.startsWith(TestCertificates.CLIENT_USER), "logged in as " + user);
        }
        DataAccessException failure = assertThrows(DataAccessException.class, () -> connect(url, trustingTheCa().build()).close());
        assertFalse(failure.getMessage().contains(SECRET));
    }
}
