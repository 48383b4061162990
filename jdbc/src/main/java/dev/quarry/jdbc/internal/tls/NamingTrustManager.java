package dev.quarry.jdbc.internal.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's trust manager, whose refusals of a server certificate name the certificate's subject
 * and the host, which the JDK's own messages leave out. Thread-safe.
 */
final class NamingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager checks;

    NamingTrustManager(X509ExtendedTrustManager checks) {
        this.checks = checks;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        String host = socket instanceof SSLSocket tls && tls.getHandshakeSession() != null ? tls.getHandshakeSession().getPeerHost() : null;
        try {
            checks.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException refused) {
            throw new RefusedServerCertificate(chain, host, refused);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        try {
            checks.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException refused) {
            throw new RefusedServerCertificate(chain, engine.getPeerHost(), refused);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            checks.checkServerTrusted(chain, authType);
        } catch (CertificateException refused) {
            throw new RefusedServerCertificate(chain, null, refused);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checks.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checks.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checks.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return checks.getAcceptedIssuers();
    }

    /** A refused server certificate, with its subject and the host it was presented for. */
    static final class RefusedServerCertificate extends CertificateException {
        private static final long serialVersionUID = 1L;

        private final String subject;
        private final @Nullable String host;

        RefusedServerCertificate(X509Certificate[] chain, @Nullable String host, CertificateException refusal) {
            super("server certificate " + (chain.length == 0 ? "(none)" : "'" + chain[0].getSubjectX500Principal().getName() + "'")
                    + (host == null ? "" : " presented for host '" + host + "'") + " refused: " + refusal.getMessage(), refusal);
            this.subject = chain.length == 0 ? "" : chain[0].getSubjectX500Principal().getName();
            this.host = host;
        }

        String subject() {
            return subject;
        }

        @Nullable String host() {
            return host;
        }
    }
}
