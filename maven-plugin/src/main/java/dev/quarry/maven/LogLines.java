package dev.quarry.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each line written to it to the build log, leaving out the command
 * line's pointer to its own help, which does not apply in a build. Keeps the first line for the
 * build's failure message. Confined to one goal execution.
 */
final class LogLines extends OutputStream {
    private final Consumer<String> log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private String firstLine;

    LogLines(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public void close() {
        if (line.size() > 0) {
            flushLine();
        }
    }

    /** The first line written, without {@code error: }; empty if none. */
    String firstLine() {
        return firstLine == null ? "" : firstLine.replaceFirst("^error: ", "");
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.startsWith("Run 'quarry-migrate ")) {
            return;
        }
        if (firstLine == null) {
            firstLine = text;
        }
        log.accept(text);
    }
}
