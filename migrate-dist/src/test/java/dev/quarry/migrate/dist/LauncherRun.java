package dev.quarry.migrate.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code bin/quarry-migrate} as its own process, in a working directory, with what it
 * printed on each stream and its exit code.
 */
record LauncherRun(int exitCode, String out, String err) {
    private static final long TIMEOUT_SECONDS = 60;

    /** Runs the launcher with the arguments, in the directory, with more environment variables. */
    static LauncherRun of(Path workingDirectory, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of("sh", Distribution.home().resolve("bin/quarry-migrate").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("QUARRY_MIGRATE_CLASSPATH");
        builder.environment().putAll(environment);
        try {
            Path out = Files.createTempFile(workingDirectory, "out", ".txt");
            Path err = Files.createTempFile(workingDirectory, "err", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("quarry-migrate " + String.join(" ", args) + " did not end within "
                        + TIMEOUT_SECONDS + " s");
            }
            return new LauncherRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    LauncherRun expect(int code) {
        assertEquals(code, exitCode, () -> "exit code; out:\n" + out + "\nerr:\n" + err);
        return this;
    }

    /** Standard output, line by line, with times in milliseconds replaced by {@code #}. */
    List<String> outLines() {
        return out.lines().map(line -> line.replaceAll("\\b\\d+ ms\\b", "# ms")).toList();
    }

    LauncherRun printed(String... lines) {
        assertEquals(List.of(lines), outLines(), () -> "standard output, exactly; err:\n" + err);
        return this;
    }

    LauncherRun complained(String text) {
        assertTrue(err.contains(text), () -> "stderr contains '" + text + "':\n" + err + "\nout:\n" + out);
        return this;
    }

    LauncherRun quietOnStandardError() {
        assertEquals("", err, "nothing on standard error at the default log level");
        return this;
    }

    LauncherRun nothingOnStandardOutput() {
        assertEquals("", out, "nothing on standard output");
        return this;
    }
}
