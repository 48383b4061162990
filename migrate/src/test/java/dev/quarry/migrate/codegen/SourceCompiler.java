package dev.quarry.migrate.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

/**
 * Compiles generated sources in the test, as a user's build would: Java with the JDK's compiler,
 * Kotlin with the embeddable Kotlin compiler, each in one call over all files of a directory, on
 * a class path of the libraries the generated code may use (engine, DSL, JSpecify, the Kotlin
 * standard library). Fails with the compiler's messages.
 */
final class SourceCompiler {
    private SourceCompiler() {
    }

    /** Compiles every {@code .java} file below {@code sources} into a new directory, which it returns. */
    static Path java(Path sources) throws IOException {
        Path out = PullSchemas.temporaryDirectory("quarry-pull-java-classes-");
        List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classPath(),
                "--release", "17", "-proc:none", "-Xlint:none"));
        arguments.addAll(files(sources, ".java"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = compiler.run(null, messages, messages, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("the generated Java does not compile:\n" + messages.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Compiles every {@code .kt} file below {@code sources} into a new directory, which it returns. */
    static Path kotlin(Path sources) throws IOException {
        Path out = PullSchemas.temporaryDirectory("quarry-pull-kotlin-classes-");
        List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classPath(),
                "-no-stdlib", "-no-reflect", "-jvm-target", "17", "-nowarn"));
        arguments.addAll(files(sources, ".kt"));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        ExitCode status = new K2JVMCompiler().exec(new PrintStream(messages, true, StandardCharsets.UTF_8),
                arguments.toArray(String[]::new));
        if (status != ExitCode.OK) {
            throw new AssertionError("the generated Kotlin does not compile:\n" + messages.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A class loader over compiled classes, whose parent holds Quarry. */
    static ClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, SourceCompiler.class.getClassLoader());
    }

    private static List<String> files(Path sources, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(sources)) {
            List<String> files = paths.filter(path -> path.toString().endsWith(extension)).map(Path::toString).sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new AssertionError("no " + extension + " file below " + sources);
            }
            return files;
        }
    }

    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(dev.quarry.sql.Table.class, dev.quarry.kotlin.Table.class,
                org.jspecify.annotations.Nullable.class, kotlin.Unit.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
