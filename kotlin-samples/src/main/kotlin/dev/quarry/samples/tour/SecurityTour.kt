package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.tls.TlsMode
import dev.quarry.jdbc.tls.TlsSettings
import dev.quarry.jdbc.tls.TlsVerificationException
import java.nio.file.Path

// Encrypted, verified connections in Kotlin. docs/security.md shows each region between "docs:"
// markers; the samples' tests build the settings (connecting needs a server with TLS).

// docs:tls-verify-full
/** The production database: the server verified against the company's CA, the client presenting its certificate. */
fun productionSettings(url: String, password: String): DatabaseConfig = DatabaseConfig.builder(url)
    .user("app").password(password)
    .tls(
        TlsSettings.builder() // VERIFY_FULL unless another mode is chosen
            .caCertificate(Path.of("/etc/app/db-ca.pem"))
            .clientCertificate(Path.of("/etc/app/client.pem"), Path.of("/etc/app/client-key.pem"))
            .protocols("TLSv1.3")
            .build(),
    )
    .build()
// docs:end

// docs:tls-other-sources
/** A managed database whose certificate a public CA signed: the JVM's own CAs verify it. */
fun managedSettings(url: String): DatabaseConfig =
    DatabaseConfig.builder(url).tls(TlsSettings.builder().build()).build()

/** The CA shipped inside the application's jar, under src/main/resources/db/ca.pem. */
fun bundledCaSettings(url: String): DatabaseConfig = DatabaseConfig.builder(url)
    .tls(TlsSettings.builder().caCertificateResource("db/ca.pem").build())
    .build()

/** A test server on a private network: encrypted, its certificate not checked. */
fun encryptedOnlySettings(url: String): DatabaseConfig =
    DatabaseConfig.builder(url).tls(TlsSettings.builder().mode(TlsMode.REQUIRE).build()).build()
// docs:end

// docs:tls-failure
/** Opens the database, or reports which server could not be trusted and why, and returns null. */
fun connectVerified(config: DatabaseConfig, report: (String) -> Unit): Database? = try {
    Database.connect(config)
} catch (refused: TlsVerificationException) {
    report("not trusting ${refused.host()} (certificate ${refused.certificateSubject() ?: "unknown"}): ${refused.message}")
    null
}
// docs:end
