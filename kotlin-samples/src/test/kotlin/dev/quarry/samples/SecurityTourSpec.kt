package dev.quarry.samples

import dev.quarry.jdbc.tls.PemSource
import dev.quarry.jdbc.tls.TlsMode
import dev.quarry.samples.tour.bundledCaSettings
import dev.quarry.samples.tour.encryptedOnlySettings
import dev.quarry.samples.tour.managedSettings
import dev.quarry.samples.tour.productionSettings
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import java.nio.file.Path

/**
 * Builds the Kotlin TLS tour's settings. Connecting with them needs a server with TLS, which the
 * JDBC suite's TlsConnectionTest starts; here the settings themselves are checked.
 */
class SecurityTourSpec : FunSpec({
    test("the production settings verify the server fully and present the client certificate") {
        val tls = productionSettings("jdbc:postgresql://db.example.com/app", "secret").tls()!!
        tls.mode() shouldBe TlsMode.VERIFY_FULL
        tls.caCertificate() shouldBe PemSource.file(Path.of("/etc/app/db-ca.pem"))
        tls.clientKey() shouldBe PemSource.file(Path.of("/etc/app/client-key.pem"))
        tls.protocols() shouldContainExactly listOf("TLSv1.3")
    }

    test("the other sources: the JVM's CAs, a class path resource, encryption only") {
        managedSettings("jdbc:mariadb://db.example.com/app").tls()!!.caCertificate().shouldBeNull()
        bundledCaSettings("jdbc:mariadb://db.example.com/app").tls()!!.caCertificate() shouldBe PemSource.resource("db/ca.pem")
        encryptedOnlySettings("jdbc:postgresql://10.0.0.5/app").tls()!!.mode() shouldBe TlsMode.REQUIRE
    }
})
