package dev.quarry.opentelemetry.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a database lives, read from its JDBC URL: the server's host and port (none for SQLite) and
 * the name of the database on it, each null when the URL does not say. Immutable.
 *
 * <p>The database name is the path of a server URL ({@code jdbc:postgresql://host:5432/app} gives
 * {@code app}) or the file name of a SQLite URL ({@code jdbc:sqlite:/data/app.db} gives
 * {@code app.db}; {@code jdbc:sqlite:file:cache?mode=memory} gives {@code cache}); an in-memory
 * SQLite database without a name has none. A URL with several hosts is located at its first.
 *
 * @param address the server's host name or IP address
 * @param port the server's port, or -1 if the URL gives none
 * @param namespace the database's name
 */
public record ServerLocation(@Nullable String address, int port, @Nullable String namespace) {
    /** Knows nothing: a database opened on a data source. */
    public static final ServerLocation UNKNOWN = new ServerLocation(null, -1, null);

    /** Reads a JDBC URL; parts it cannot read are left null, it never fails. */
    public static ServerLocation parse(@Nullable String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return UNKNOWN;
        }
        String rest = url.substring(5);
        if (rest.toLowerCase(Locale.ROOT).startsWith("sqlite:")) {
            return new ServerLocation(null, -1, sqliteName(rest.substring(7)));
        }
        int slashes = rest.indexOf("//");
        if (slashes < 0) {
            // jdbc:postgresql:app names a database on localhost's default port.
            int colon = rest.indexOf(':');
            return new ServerLocation(null, -1, nonEmpty(beforeAny(rest.substring(colon + 1), "?;")));
        }
        String afterSlashes = rest.substring(slashes + 2);
        int pathStart = indexOfAny(afterSlashes, "/?;");
        String authority = pathStart < 0 ? afterSlashes : afterSlashes.substring(0, pathStart);
        String namespace = pathStart >= 0 && afterSlashes.charAt(pathStart) == '/'
                ? nonEmpty(beforeAny(afterSlashes.substring(pathStart + 1), "?;"))
                : null;
        return host(authority, namespace);
    }

    private static ServerLocation host(String authority, @Nullable String namespace) {
        String first = beforeAny(authority.substring(authority.lastIndexOf('@') + 1), ",");
        if (first.isEmpty() || first.indexOf('(') >= 0) {
            // MySQL's address=(host=…)(port=…) form: the host is not plainly in the URL.
            return new ServerLocation(null, -1, namespace);
        }
        String address = first;
        int port = -1;
        int portColon = first.startsWith("[") ? first.indexOf(':', first.indexOf(']')) : first.lastIndexOf(':');
        if (portColon >= 0) {
            address = first.substring(0, portColon);
            port = parsePort(first.substring(portColon + 1));
        }
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        return new ServerLocation(nonEmpty(address), port, namespace);
    }

    private static @Nullable String sqliteName(String target) {
        String path = beforeAny(target.startsWith("file:") ? target.substring(5) : target, "?");
        if (path.isEmpty() || path.equals(":memory:")) {
            return null;
        }
        return nonEmpty(path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            return port > 0 && port <= 65_535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String beforeAny(String text, String stops) {
        int stop = indexOfAny(text, stops);
        return stop < 0 ? text : text.substring(0, stop);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable String nonEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
