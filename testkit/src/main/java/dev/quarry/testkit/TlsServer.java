package dev.quarry.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL or MariaDB server of one test's own with TLS on, serving a certificate of
 * {@link TestCertificates} and trusting its CA for client certificates. The user
 * {@value TestCertificates#CLIENT_USER} must present a client certificate the CA signed (PostgreSQL
 * {@code hostssl … clientcert=verify-full}, MariaDB {@code REQUIRE X509}); other users log in
 * without one. The shared servers of the other suites are never touched. Not thread-safe; the test
 * closes it, which stops it and deletes its data.
 */
public final class TlsServer implements AutoCloseable {
    private final String family;
    private final boolean connectorJ;
    private final EmbeddedServer server;
    private final int port;
    private final Path files;

    private TlsServer(String target, EmbeddedServer server, int port, Path files) {
        this.family = TestSettings.familyOf(target);
        this.connectorJ = target.equals(TestSettings.CONNECTOR_J_TARGET);
        this.server = server;
        this.port = port;
        this.files = files;
    }

    /**
     * Starts a server of a target, {@code postgresql}, {@code mysql} (MariaDB, URLs for MariaDB
     * Connector/J) or {@code mysql-connectorj} (MariaDB, URLs for MySQL Connector/J), serving the
     * certificates' server certificate for {@code localhost}.
     *
     * @throws IllegalArgumentException for SQLite, which has no server
     */
    public static TlsServer start(String family, TestCertificates certificates) throws Exception {
        Path files = Files.createTempDirectory("quarry-tls-server-");
        Files.copy(certificates.serverCertificate(), files.resolve("server.pem"));
        Files.copy(certificates.serverKey(), files.resolve("server-key.pem"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(certificates.caCertificate(), files.resolve("ca.pem"));
        String user = TestCertificates.CLIENT_USER;
        switch (family) {
            case "postgresql" -> {
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.create(Map.of("ssl", "on",
                        "ssl_cert_file", files.resolve("server.pem").toString(),
                        "ssl_key_file", files.resolve("server-key.pem").toString(),
                        "ssl_ca_file", files.resolve("ca.pem").toString()));
                TlsServer started = new TlsServer(family, postgres, postgres.port(), files);
                Path hba = postgres.dataDirectory().resolve("pg_hba.conf");
                Files.writeString(hba, "hostssl all " + user + " 127.0.0.1/32 trust clientcert=verify-full\n"
                        + "hostssl all " + user + " ::1/128 trust clientcert=verify-full\n"
                        + "host all " + user + " all reject\n" + Files.readString(hba));
                started.administer("CREATE ROLE " + user + " LOGIN");
                started.reloadPostgres();
                return started;
            }
            case "mysql", TestSettings.CONNECTOR_J_TARGET -> {
                EmbeddedMariaDbServer mariaDb = EmbeddedMariaDbServer.create(List.of(
                        "--ssl-cert=" + files.resolve("server.pem"), "--ssl-key=" + files.resolve("server-key.pem"),
                        "--ssl-ca=" + files.resolve("ca.pem")));
                TlsServer started = new TlsServer(family, mariaDb, mariaDb.port(), files);
                // The test kit's MariaDB runs without grant tables, so no user could be required to
                // present a certificate: load them, and let root in from the network without a password.
                List<String> setup = new ArrayList<>(List.of("FLUSH PRIVILEGES"));
                for (String host : List.of("%", "localhost", "127.0.0.1", "::1")) {
                    setup.add("CREATE OR REPLACE USER 'root'@'" + host + "'");
                    setup.add("GRANT ALL ON *.* TO 'root'@'" + host + "' WITH GRANT OPTION");
                    setup.add("CREATE USER '" + user + "'@'" + host + "' REQUIRE X509");
                    setup.add("GRANT ALL ON quarry.* TO '" + user + "'@'" + host + "'");
                }
                started.administer(setup.toArray(new String[0]));
                return started;
            }
            default -> throw new IllegalArgumentException(family + " has no server to start with TLS");
        }
    }

    public String family() {
        return family;
    }

    /**
     * A JDBC URL of the scratch database on the host name given ({@code localhost}, or
     * {@code 127.0.0.1} for a name the server certificate does not carry), of a user who needs no
     * client certificate, with no TLS options: the test's settings decide.
     */
    public String url(String host) {
        return urlOf(host, family.equals("postgresql") ? "postgres" : "root");
    }

    /** The same for the user {@value TestCertificates#CLIENT_USER}, who must present the client certificate. */
    public String clientCertificateUserUrl(String host) {
        return urlOf(host, TestCertificates.CLIENT_USER);
    }

    private String urlOf(String host, String user) {
        return urlOf(host, user, connectorJ);
    }

    private String urlOf(String host, String user, boolean throughConnectorJ) {
        String scheme = family.equals("postgresql") ? "jdbc:postgresql://" : throughConnectorJ ? "jdbc:mysql://" : "jdbc:mariadb://";
        return scheme + host + ":" + port + "/quarry?user=" + user;
    }

    /**
     * Serves another certificate for the same key from now on, such as
     * {@link TestCertificates#expiredServerCertificate()}; connections made afterwards see it.
     */
    public void serve(Path certificate) throws Exception {
        Files.copy(certificate, files.resolve("server.pem"), StandardCopyOption.REPLACE_EXISTING);
        if (family.equals("postgresql")) {
            reloadPostgres();
        } else {
            administer("FLUSH SSL");
        }
    }

    /** Reloads the configuration and waits until new sessions run with it. */
    private void reloadPostgres() throws Exception {
        Timestamp before = loadTime();
        administer("SELECT pg_reload_conf()");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (loadTime().equals(before)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL did not reload its configuration within 10 s");
            }
            Thread.sleep(20);
        }
    }

    private Timestamp loadTime() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT pg_conf_load_time()")) {
            result.next();
            return result.getTimestamp(1);
        }
    }

    /** Runs statements in one session as the administrator, without TLS. */
    private void administer(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private String adminUrl() {
        return urlOf("127.0.0.1", family.equals("postgresql") ? "postgres" : "root", false)
                + (family.equals("postgresql") ? "&sslmode=disable" : "&sslMode=disable");
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            Directories.deleteRecursively(files);
        }
    }
}
