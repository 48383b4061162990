package dev.quarry.jdbc.internal.tls;

import dev.quarry.jdbc.tls.TlsVerificationException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Tells a failed TLS handshake apart from other connect failures, from the exceptions the JDK and
 * the drivers raise, and says what went wrong in words: which certificate, which host. Stateless.
 */
public final class TlsFailures {
    private static final Pattern URL_HOST = Pattern.compile("^jdbc:[^/]*//(?:[^@/]*@)?(\\[[^\\]]+\\]|[^/:?,;]+)");

    private TlsFailures() {
    }

    /**
     * The failure as a {@link TlsVerificationException} if a TLS handshake failed in its cause
     * chain, else null. The failure must already have its passwords masked.
     *
     * @param url the database's URL, for the host when the failure does not name it
     */
    public static @Nullable TlsVerificationException of(Throwable failure, String databaseName, @Nullable String url) {
        String reason = null;
        String subject = null;
        String host = null;
        boolean handshake = false;
        for (Throwable link = failure; link != null; link = link.getCause() == link ? null : link.getCause()) {
            String message = link.getMessage() == null ? "" : link.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (link instanceof NamingTrustManager.RefusedServerCertificate refused) {
                subject = refused.subject();
                host = refused.host();
            } else if (link instanceof CertificateExpiredException) {
                reason = "has expired";
            } else if (link instanceof CertificateNotYetValidException) {
                reason = "is not valid yet";
            } else if (link instanceof CertPathValidatorException invalid) {
                if (subject == null && invalid.getCertPath() != null && !invalid.getCertPath().getCertificates().isEmpty()
                        && invalid.getCertPath().getCertificates().get(0) instanceof X509Certificate first) {
                    subject = first.getSubjectX500Principal().getName();
                }
                if (reason == null) {
                    reason = invalid.getReason() == CertPathValidatorException.BasicReason.EXPIRED ? "has expired"
                            : "is not signed by a CA the settings trust";
                }
            } else if (reason == null && (lower.contains("no subject alternative") || lower.contains("no name matching")
                    || lower.contains("could not be verified by hostnameverifier") || lower.contains("doesn't correspond to certificate")
                    || lower.contains("not found in certificate") || lower.contains("doesn't match certificate")
                    || lower.contains("server identity verification failed"))) {
                reason = "was issued for another host name";
            } else if (reason == null && (lower.contains("unable to find valid certification path")
                    || lower.contains("pkix path building failed"))) {
                reason = "is not signed by a CA the settings trust";
            } else if (reason == null && (lower.contains("does not support ssl") || lower.contains("ssl not enabled in the server")
                    || lower.contains("ssl not enabled"))) {
                reason = "could not be checked: the server does not offer TLS";
            }
            handshake |= link instanceof SSLException;
        }
        if (reason == null && !handshake) {
            return null;
        }
        String target = host != null ? host : hostOf(url);
        String certificate = subject == null ? "the certificate of host '" + target + "'"
                : "the certificate '" + subject + "' of host '" + target + "'";
        String what = reason == null ? "the TLS handshake with host '" + target + "' failed" : certificate + " " + reason;
        return new TlsVerificationException("TLS verification of database '" + databaseName + "' failed: " + what + " ("
                + failure.getMessage() + ")", target, subject, failure);
    }

    private static String hostOf(@Nullable String url) {
        if (url == null) {
            return "unknown";
        }
        Matcher host = URL_HOST.matcher(url);
        return host.find() ? host.group(1) : "unknown";
    }
}
