package dev.quarry.samples.java.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.tls.PemSource;
import dev.quarry.jdbc.tls.TlsMode;
import dev.quarry.jdbc.tls.TlsSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Builds the Java TLS tour's settings. Connecting with them needs a server with TLS, which the
 * JDBC suite's TlsConnectionTest starts; here the settings themselves are checked.
 */
class SecurityTourTest {
    @Test
    void theProductionSettingsVerifyTheServerFullyAndPresentTheClientCertificate() {
        DatabaseConfig config = SecurityTour.productionSettings("jdbc:postgresql://db.example.com/app", "secret");
        TlsSettings tls = config.tls();
        assertEquals(TlsMode.VERIFY_FULL, tls.mode());
        assertEquals(PemSource.file(Path.of("/etc/app/db-ca.pem")), tls.caCertificate());
        assertEquals(PemSource.file(Path.of("/etc/app/client.pem")), tls.clientCertificate());
        assertEquals(List.of("TLSv1.3"), tls.protocols());
    }
}
