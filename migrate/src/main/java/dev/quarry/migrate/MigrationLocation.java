package dev.quarry.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where migration scripts are read from: a directory ({@code db/migration},
 * {@code filesystem:db/migration}) or a directory on the class path, in a folder or a jar
 * ({@code classpath:db/migration}). Only the files directly in the directory are read; files not
 * ending in {@code .sql} are ignored. Immutable.
 *
 * @param text the location as given
 */
record MigrationLocation(String text) {
    static final String CLASSPATH_PREFIX = "classpath:";
    static final String FILESYSTEM_PREFIX = "filesystem:";

    MigrationLocation {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a migration location must not be blank");
        }
    }

    static MigrationLocation of(Path directory) {
        return new MigrationLocation(FILESYSTEM_PREFIX + directory);
    }

    /**
     * Reads the {@code .sql} files of the location.
     *
     * @throws MigrationSourceException if the location does not exist or cannot be read
     */
    List<ScriptFile> read(ClassLoader classLoader) {
        if (text.startsWith(CLASSPATH_PREFIX)) {
            String directory = text.substring(CLASSPATH_PREFIX.length()).replaceAll("^/+|/+$", "");
            return ClasspathScripts.read(this, directory, classLoader);
        }
        String path = text.startsWith(FILESYSTEM_PREFIX) ? text.substring(FILESYSTEM_PREFIX.length()) : text;
        return DirectoryScripts.read(this, Path.of(path));
    }

    @Override
    public String toString() {
        return text;
    }
}
