package dev.quarry.jdbc.internal.tls;

import dev.quarry.jdbc.tls.TlsMode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;

/**
 * TLS sockets as a database's settings want them: the server's certificate checked against its CAs
 * (or none checked for {@link TlsMode#REQUIRE}), the host name checked by the JDK's endpoint
 * identification for {@link TlsMode#VERIFY_FULL}, the client certificate offered, only the allowed
 * protocols enabled. Thread-safe.
 */
final class VerifyingSocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory sockets;
    private final TlsMode mode;
    private final List<String> protocols;

    private VerifyingSocketFactory(SSLSocketFactory sockets, TlsMode mode, List<String> protocols) {
        this.sockets = sockets;
        this.mode = mode;
        this.protocols = protocols;
    }

    static VerifyingSocketFactory of(TlsMaterial material) throws GeneralSecurityException, IOException {
        char[] password = new char[0];
        KeyManager[] keyManagers = null;
        KeyStore clientKeys = material.clientKeyStore(password);
        if (clientKeys != null) {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(clientKeys, password);
            keyManagers = factory.getKeyManagers();
        }
        X509ExtendedTrustManager trust;
        if (material.mode().verifiesCertificate()) {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(material.trustStore());
            trust = new NamingTrustManager(firstExtended(factory.getTrustManagers()));
        } else {
            trust = new TrustingAnyServer();
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers, new TrustManager[] {trust}, null);
        return new VerifyingSocketFactory(context.getSocketFactory(), material.mode(), material.settings().protocols());
    }

    private static X509ExtendedTrustManager firstExtended(TrustManager[] managers) {
        for (TrustManager manager : managers) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new IllegalStateException("the JVM's trust manager factory made no X509ExtendedTrustManager");
    }

    private Socket configured(Socket socket) {
        SSLSocket tls = (SSLSocket) socket;
        SSLParameters parameters = tls.getSSLParameters();
        if (mode == TlsMode.VERIFY_FULL) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        if (!protocols.isEmpty()) {
            parameters.setProtocols(protocols.toArray(new String[0]));
        }
        tls.setSSLParameters(parameters);
        return tls;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return sockets.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return sockets.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return configured(sockets.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
        return configured(sockets.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configured(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, @Nullable InetAddress localHost, int localPort) throws IOException {
        return configured(sockets.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return configured(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, @Nullable InetAddress localAddress, int localPort) throws IOException {
        return configured(sockets.createSocket(address, port, localAddress, localPort));
    }
}
