package dev.quarry.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The peak heaps M1's trials wrote, one line each: dialect, client, bytes. */
final class HeapPeaks {
    private HeapPeaks() {
    }

    /** The peaks by {@code dialect/client}. */
    static Map<String, Long> read(Path file) throws IOException {
        Map<String, Long> peaks = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 3) {
                peaks.merge(parts[0] + "/" + parts[1], Long.parseLong(parts[2]), Math::max);
            }
        }
        return peaks;
    }
}
