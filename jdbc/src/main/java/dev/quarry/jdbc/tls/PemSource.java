package dev.quarry.jdbc.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a PEM document (certificates, or a private key) is read from: a file, or a resource on the
 * class path. It is read when a database connects, so a file that is replaced later (a renewed
 * certificate) is read again by the next database that connects. Immutable and thread-safe.
 */
public final class PemSource {
    private final @Nullable Path file;
    private final @Nullable String resource;

    private PemSource(@Nullable Path file, @Nullable String resource) {
        this.file = file;
        this.resource = resource;
    }

    /** A PEM file. */
    public static PemSource file(Path file) {
        return new PemSource(Objects.requireNonNull(file, "file"), null);
    }

    /**
     * A resource on the class path, such as {@code "db/ca.pem"} (a leading {@code /} or
     * {@code classpath:} is ignored), looked up with the thread's context class loader, then with
     * Quarry's own.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static PemSource resource(String name) {
        Objects.requireNonNull(name, "name");
        String plain = name.startsWith("classpath:") ? name.substring("classpath:".length()) : name;
        plain = plain.startsWith("/") ? plain.substring(1) : plain;
        if (plain.isBlank()) {
            throw new IllegalArgumentException("a class path resource needs a name, got '" + name + "'");
        }
        return new PemSource(null, plain);
    }

    /** The file, or null for a class path resource. */
    public @Nullable Path filePath() {
        return file;
    }

    /** The class path resource's name, or null for a file. */
    public @Nullable String resourceName() {
        return resource;
    }

    /**
     * The document's bytes.
     *
     * @throws IOException if the file cannot be read or the resource does not exist, saying which
     */
    public byte[] read() throws IOException {
        if (file != null) {
            return Files.readAllBytes(file);
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream stream = context == null ? null : context.getResourceAsStream(resource);
        if (stream == null) {
            stream = PemSource.class.getClassLoader().getResourceAsStream(resource);
        }
        if (stream == null) {
            throw new IOException("no class path resource '" + resource + "'");
        }
        try (InputStream open = stream) {
            return open.readAllBytes();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PemSource that && Objects.equals(file, that.file) && Objects.equals(resource, that.resource);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, resource);
    }

    /** {@code file /etc/ca.pem} or {@code class path resource db/ca.pem}. */
    @Override
    public String toString() {
        return file != null ? "file " + file : "class path resource " + resource;
    }
}
