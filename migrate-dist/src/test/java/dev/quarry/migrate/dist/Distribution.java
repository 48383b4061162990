package dev.quarry.migrate.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The zip the build packaged, unpacked once for the tests of this run. */
final class Distribution {
    private static Path home;

    private Distribution() {
    }

    /** The zip file, as the build names it. */
    static Path zip() {
        String zip = System.getProperty("quarry.distribution.zip");
        if (zip == null) {
            throw new IllegalStateException("system property quarry.distribution.zip is not set: run these tests with"
                    + " Maven after package (mvn verify), which builds the zip first");
        }
        return Path.of(zip);
    }

    /** The names of the zip's entries, in order. */
    static List<String> entries() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** The unpacked distribution's top directory, {@code quarry-migrate-<version>}. */
    static synchronized Path home() {
        if (home == null) {
            try {
                Path target = Files.createTempDirectory("quarry-migrate-dist");
                unpack(zip(), target);
                home = target.resolve(System.getProperty("quarry.distribution.name"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack " + zip(), e);
            }
        }
        return home;
    }

    private static void unpack(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    copy(in, file);
                }
            }
        }
        // java.util.zip does not restore file modes; unzip does, from the 0755 the zip records.
        Files.list(target.resolve(System.getProperty("quarry.distribution.name")).resolve("bin"))
                .forEach(launcher -> launcher.toFile().setExecutable(true));
    }

    private static void copy(InputStream in, Path file) throws IOException {
        Files.copy(in, file);
    }
}
