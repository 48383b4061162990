package dev.quarry.migrate.codegen;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param relativePath the path below the output directory: the package's folders and the file name
 * @param content the file's text, ending with a line break
 */
public record GeneratedFile(String relativePath, String content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
