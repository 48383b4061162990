package dev.quarry.migrate.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files {@link TableCodeGenerator} generated and the warnings about what it could not declare
 * in Quarry's own terms (columns of types without a kind, constraints left out, defaults spelled
 * otherwise).
 * Immutable.
 *
 * @param packageFolder the package's folder below the output directory, such as {@code com/example/db}
 */
public record GeneratedCode(String packageFolder, List<GeneratedFile> files, List<String> warnings) {
    public GeneratedCode {
        Objects.requireNonNull(packageFolder, "packageFolder");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /**
     * Writes the files below a source directory, creating the package's folders.
     *
     * @return the files written
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> writeTo(Path sourceDirectory) {
        List<Path> written = new ArrayList<>();
        try {
            for (GeneratedFile file : files) {
                Path path = sourceDirectory.resolve(file.relativePath());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.content(), StandardCharsets.UTF_8);
                written.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated tables below " + sourceDirectory, e);
        }
        return written;
    }

    /**
     * The files below a source directory that differ from what was generated: changed, missing, or
     * generated before (they carry {@link TableCodeGenerator#MARKER}) for a table no longer there.
     * Writes nothing.
     *
     * @return the paths relative to the directory, sorted; empty when everything matches
     */
    public List<String> differences(Path sourceDirectory) {
        List<String> different = new ArrayList<>();
        try {
            for (GeneratedFile file : files) {
                Path path = sourceDirectory.resolve(file.relativePath());
                if (!Files.isRegularFile(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.content())) {
                    different.add(file.relativePath());
                }
            }
            Path folder = sourceDirectory.resolve(packageFolder);
            Set<String> generated = files.stream().map(GeneratedFile::relativePath).collect(Collectors.toSet());
            if (Files.isDirectory(folder)) {
                try (Stream<Path> present = Files.list(folder)) {
                    for (Path path : present.filter(Files::isRegularFile).sorted().toList()) {
                        String relative = sourceDirectory.relativize(path).toString().replace('\\', '/');
                        if (!generated.contains(relative)
                                && Files.readString(path, StandardCharsets.UTF_8).contains(TableCodeGenerator.MARKER)) {
                            different.add(relative);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tables below " + sourceDirectory, e);
        }
        return different.stream().sorted().toList();
    }
}
