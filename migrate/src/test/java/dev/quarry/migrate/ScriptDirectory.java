package dev.quarry.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A directory of migration scripts a test writes, edits and deletes. */
public record ScriptDirectory(Path path) {

    /** Writes (or overwrites) a script; returns this directory. */
    public ScriptDirectory write(String fileName, String sql) {
        try {
            Files.writeString(path.resolve(fileName), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void delete(String fileName) {
        try {
            Files.delete(path.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String fileName) {
        try {
            return Files.readString(path.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
