package dev.quarry.samples.java.tour;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.tls.TlsSettings;
import dev.quarry.jdbc.tls.TlsVerificationException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Encrypted, verified connections through the Java API; docs/security.md shows the regions between
 * "docs:" markers.
 */
public final class SecurityTour {
    private SecurityTour() {
    }

    // docs:tls-verify-full
    /** The production database: the server verified against the company's CA, the client presenting its certificate. */
    static DatabaseConfig productionSettings(String url, String password) {
        return DatabaseConfig.builder(url)
                .user("app").password(password)
                .tls(TlsSettings.builder() // VERIFY_FULL unless another mode is chosen
                        .caCertificate(Path.of("/etc/app/db-ca.pem"))
                        .clientCertificate(Path.of("/etc/app/client.pem"), Path.of("/etc/app/client-key.pem"))
                        .protocols("TLSv1.3")
                        .build())
                .build();
    }
    // docs:end

    // docs:tls-failure
    /** Opens the database, or reports which server could not be trusted and why. */
    static Optional<Database> connectVerified(DatabaseConfig config, Consumer<String> report) {
        try {
            return Optional.of(Database.connect(config));
        } catch (TlsVerificationException refused) {
            report.accept("not trusting " + refused.host() + " (certificate " + refused.certificateSubject() + "): "
                    + refused.getMessage());
            return Optional.empty();
        }
    }
    // docs:end
}
