package dev.quarry.jdbc.internal.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * The {@code sslfactory} Quarry gives pgjdbc: pgjdbc creates one per connection with the
 * connection's properties, whose {@value #CONTEXT_PROPERTY} names the sockets of a database's TLS
 * settings, prepared when the database connected. pgjdbc has no property for the protocol
 * versions, and reads only some key formats; this factory applies every setting the same way as
 * for the other drivers. Thread-safe.
 */
public final class PostgresTlsSocketFactory extends SSLSocketFactory {
    /** The driver property naming the prepared sockets. */
    public static final String CONTEXT_PROPERTY = "quarryTlsContext";

    private static final Map<String, VerifyingSocketFactory> PREPARED = new ConcurrentHashMap<>();

    private final VerifyingSocketFactory sockets;

    /** Called by pgjdbc. */
    public PostgresTlsSocketFactory(Properties connection) {
        String name = connection.getProperty(CONTEXT_PROPERTY);
        VerifyingSocketFactory prepared = name == null ? null : PREPARED.get(name);
        if (prepared == null) {
            throw new IllegalStateException("the TLS settings of this connection are gone: its database was closed");
        }
        this.sockets = prepared;
    }

    /** Keeps a database's sockets until {@link #forget}; returns the name for {@value #CONTEXT_PROPERTY}. */
    static String prepare(VerifyingSocketFactory sockets) {
        String name = UUID.randomUUID().toString();
        PREPARED.put(name, sockets);
        return name;
    }

    static void forget(String name) {
        PREPARED.remove(name);
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
        return sockets.createSocket(socket, host, port, autoClose);
    }

    @Override
    public Socket createSocket() throws IOException {
        return sockets.createSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return sockets.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, @Nullable InetAddress localHost, int localPort) throws IOException {
        return sockets.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return sockets.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, @Nullable InetAddress localAddress, int localPort) throws IOException {
        return sockets.createSocket(address, port, localAddress, localPort);
    }
}
