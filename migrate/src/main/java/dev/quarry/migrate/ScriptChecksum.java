package dev.quarry.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum recorded for a script: SHA-256 of its UTF-8 text with CRLF line ends read as LF, in
 * lower-case hex, so a checkout on Windows matches one on Linux.
 */
final class ScriptChecksum {
    private ScriptChecksum() {
    }

    static String of(String script) {
        String normalised = script.replace("\r\n", "\n");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
