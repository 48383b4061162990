package dev.quarry.jdbc.internal.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads certificates and unencrypted PKCS#8 private keys from PEM text. Stateless. */
final class PemDocuments {
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448");

    private PemDocuments() {
    }

    /**
     * Every {@code CERTIFICATE} block, in order.
     *
     * @throws CertificateException if there is none, or one cannot be parsed
     */
    static List<X509Certificate> certificates(byte[] pem) throws CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = BLOCK.matcher(new String(pem, StandardCharsets.US_ASCII));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        while (block.find()) {
            if (block.group(1).equals("CERTIFICATE")) {
                Certificate certificate = factory.generateCertificate(new ByteArrayInputStream(decode(block.group(2))));
                certificates.add((X509Certificate) certificate);
            }
        }
        if (certificates.isEmpty()) {
            throw new CertificateException("it holds no PEM block BEGIN CERTIFICATE");
        }
        return certificates;
    }

    /**
     * The first private key: a {@code PRIVATE KEY} (PKCS#8) block of an RSA, EC, Ed25519 or Ed448 key.
     *
     * @throws GeneralSecurityException if there is none, it is encrypted or in the PKCS#1 or SEC1 form
     */
    static PrivateKey privateKey(byte[] pem) throws GeneralSecurityException {
        Matcher block = BLOCK.matcher(new String(pem, StandardCharsets.US_ASCII));
        while (block.find()) {
            String type = block.group(1);
            if (type.equals("PRIVATE KEY")) {
                return pkcs8(decode(block.group(2)));
            }
            if (type.equals("ENCRYPTED PRIVATE KEY")) {
                throw new GeneralSecurityException("the key is encrypted; give an unencrypted PKCS#8 key"
                        + " (openssl pkcs8 -topk8 -nocrypt) in a file only the application can read");
            }
            if (type.endsWith(" PRIVATE KEY")) {
                throw new GeneralSecurityException("the key is a " + type + " block; convert it to PKCS#8"
                        + " (BEGIN PRIVATE KEY) with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pem");
            }
        }
        throw new GeneralSecurityException("it holds no PEM block BEGIN PRIVATE KEY");
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException notThisAlgorithm) {
                // The next algorithm may read it.
            }
        }
        throw new GeneralSecurityException("the PKCS#8 key is none of " + String.join(", ", KEY_ALGORITHMS));
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64.strip());
    }
}
