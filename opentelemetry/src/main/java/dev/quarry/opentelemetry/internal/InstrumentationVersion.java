package dev.quarry.opentelemetry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of quarry-opentelemetry, written into its jar by the build, or {@code unknown}. */
public final class InstrumentationVersion {
    private static final String VERSION = read();

    private InstrumentationVersion() {
    }

    /** The version, such as {@code 0.1.0}. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = InstrumentationVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
