package dev.quarry.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Reads the {@code .sql} files directly in a directory on the class path, from every class path
 * entry that has it: folders and jars. A jar's directory is found only if the jar lists it as an
 * entry, as jars built by Maven and Gradle do.
 */
final class ClasspathScripts {
    private ClasspathScripts() {
    }

    static List<ScriptFile> read(MigrationLocation location, String directory, ClassLoader classLoader) {
        List<URL> found;
        try {
            found = Collections.list(classLoader.getResources(directory));
        } catch (IOException e) {
            throw new MigrationSourceException("could not look up migration location '" + location + "': " + e, e);
        }
        if (found.isEmpty()) {
            throw new MigrationSourceException("migration location '" + location + "' was not found: no directory '"
                    + directory + "' on the class path");
        }
        List<ScriptFile> scripts = new ArrayList<>();
        for (URL url : found) {
            try {
                switch (url.getProtocol()) {
                    case "file" -> scripts.addAll(DirectoryScripts.read(location, Path.of(url.toURI())));
                    case "jar" -> scripts.addAll(readJar(url));
                    default -> throw new MigrationSourceException("migration location '" + location + "' resolves to "
                            + url + ", which is neither a folder nor a jar;"
                            + " use a directory or a jar on the class path");
                }
            } catch (IOException | URISyntaxException e) {
                throw new MigrationSourceException("could not read migration location '" + location + "' at "
                        + url + ": " + e, e);
            }
        }
        scripts.sort(Comparator.comparing(ScriptFile::name));
        return scripts;
    }

    private static List<ScriptFile> readJar(URL url) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        String prefix = connection.getEntryName().replaceAll("/+$", "") + "/";
        List<ScriptFile> scripts = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String relative = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : "";
                if (entry.isDirectory() || relative.isEmpty() || relative.contains("/")
                        || !MigrationFileName.isScript(relative)) {
                    continue;
                }
                try (InputStream input = jar.getInputStream(entry)) {
                    String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
                    scripts.add(new ScriptFile(relative, "jar:" + jar.getName() + "!/" + entry.getName(), text));
                }
            }
        }
        return scripts;
    }
}
