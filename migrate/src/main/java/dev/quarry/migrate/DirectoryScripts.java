package dev.quarry.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the {@code .sql} files directly in a directory of the file system. */
final class DirectoryScripts {
    private DirectoryScripts() {
    }

    static List<ScriptFile> read(MigrationLocation location, Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new MigrationSourceException("migration location '" + location + "' is not a directory ("
                    + directory.toAbsolutePath() + " does not exist or is a file)");
        }
        List<ScriptFile> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && MigrationFileName.isScript(name)) {
                    scripts.add(new ScriptFile(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new MigrationSourceException("could not read migration location '" + location + "' ("
                    + directory.toAbsolutePath() + "): " + e, e);
        }
        return scripts;
    }
}
