package dev.quarry.testkit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates for TLS tests, generated when created, as PEM files in a directory: a CA and a
 * server certificate for host {@code localhost} it signed (DNS name only, so a connection to
 * {@code 127.0.0.1} meets a certificate for another host name), the same server key in a
 * certificate that has expired, a client certificate for user {@value #CLIENT_USER}, and a second
 * CA that signed none of them. Keys are unencrypted PKCS#8, readable by their owner only. Immutable
 * once created; close deletes the files.
 */
public final class TestCertificates implements AutoCloseable {
    /** The user name the client certificate is issued for (its common name). */
    public static final String CLIENT_USER = "tls_client";

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final Path directory;

    private TestCertificates(Path directory) {
        this.directory = directory;
    }

    /** Generates every certificate into a new temporary directory; takes about a second. */
    public static TestCertificates generate() throws IOException, GeneralSecurityException, OperatorCreationException {
        Path directory = Files.createTempDirectory("quarry-tls-");
        Instant now = Instant.now();
        KeyPair caKeys = rsa();
        X500Name caName = new X500Name("CN=Quarry Test CA");
        X509Certificate ca = certificate(caName, caKeys, caName, caKeys.getPrivate(), now, Role.CA);
        KeyPair otherCaKeys = rsa();
        X500Name otherCaName = new X500Name("CN=Quarry Unrelated CA");
        X509Certificate otherCa = certificate(otherCaName, otherCaKeys, otherCaName, otherCaKeys.getPrivate(), now, Role.CA);
        KeyPair serverKeys = rsa();
        X500Name serverName = new X500Name("CN=localhost");
        X509Certificate server = certificate(serverName, serverKeys, caName, caKeys.getPrivate(), now, Role.SERVER);
        X509Certificate expired = certificate(serverName, serverKeys, caName, caKeys.getPrivate(), now.minus(Duration.ofDays(3)), Role.SERVER);
        KeyPair clientKeys = rsa();
        X509Certificate client = certificate(new X500Name("CN=" + CLIENT_USER), clientKeys, caName, caKeys.getPrivate(), now, Role.CLIENT);
        write(directory.resolve("ca.pem"), ca);
        write(directory.resolve("other-ca.pem"), otherCa);
        write(directory.resolve("server.pem"), server);
        write(directory.resolve("expired-server.pem"), expired);
        write(directory.resolve("client.pem"), client);
        writeKey(directory.resolve("server-key.pem"), serverKeys.getPrivate());
        writeKey(directory.resolve("client-key.pem"), clientKeys.getPrivate());
        return new TestCertificates(directory);
    }

    /** The CA that signed the server and client certificates. */
    public Path caCertificate() {
        return directory.resolve("ca.pem");
    }

    /** A CA that signed none of the certificates. */
    public Path unrelatedCaCertificate() {
        return directory.resolve("other-ca.pem");
    }

    /** The server's certificate for DNS name {@code localhost}, valid from a day ago for two days. */
    public Path serverCertificate() {
        return directory.resolve("server.pem");
    }

    /** The server's key, of both server certificates. */
    public Path serverKey() {
        return directory.resolve("server-key.pem");
    }

    /** A certificate for the same host and key that expired two days ago. */
    public Path expiredServerCertificate() {
        return directory.resolve("expired-server.pem");
    }

    /** The client's certificate, for user {@value #CLIENT_USER}. */
    public Path clientCertificate() {
        return directory.resolve("client.pem");
    }

    /** The client's key. */
    public Path clientKey() {
        return directory.resolve("client-key.pem");
    }

    @Override
    public void close() throws IOException {
        Directories.deleteRecursively(directory);
    }

    private enum Role { CA, SERVER, CLIENT }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
            Instant validFrom, Role role) throws GeneralSecurityException, IOException, OperatorCreationException {
        Instant notBefore = validFrom.minus(Duration.ofDays(1));
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(2))), subject, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        switch (role) {
            case CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case SERVER -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost")));
            }
            case CLIENT -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            }
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static void write(Path file, X509Certificate certificate) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(certificate);
        }
    }

    private static void writeKey(Path file, PrivateKey key) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(new JcaPKCS8Generator(key, null));
        }
    }
}
