package dev.quarry.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The allocation table: bytes allocated per operation of W1 and W2 (JMH's GC profiler, every
 * thread of the JVM counted), for hand-written JDBC and each Quarry client, with the ratio to
 * JDBC's bytes in the same run.
 */
final class AllocationTable {
    /** The secondary result of JMH's GC profiler that holds bytes per operation. */
    static final String BYTES_PER_OPERATION = "gc.alloc.rate.norm";

    private static final Map<String, String> WORKLOADS = Map.of(
            "W1PointSelect", "W1 point select", "W2RangeSelect", "W2 ~1,000 rows");
    private static final List<String> CLIENTS = List.of("quarryJava", "quarryJavaRecords", "quarryKotlin",
            "quarryKotlinSerializable");

    private AllocationTable() {
    }

    /** The table as Markdown, or an empty text when the run measured no allocation of W1 or W2. */
    static String of(Map<String, Map<String, Map<String, Double>>> bytes) {
        StringBuilder table = new StringBuilder();
        for (String workload : List.of("W1PointSelect", "W2RangeSelect")) {
            Map<String, Map<String, Double>> byDialect = bytes.getOrDefault(workload, Map.of());
            byDialect.forEach((dialect, byClient) -> {
                Double jdbc = byClient.get("jdbc");
                if (jdbc == null) {
                    return;
                }
                table.append("| ").append(WORKLOADS.get(workload)).append(" | ").append(dialect).append(" | ")
                        .append(String.format(Locale.ROOT, "%,.0f", jdbc)).append(" |");
                for (String client : CLIENTS) {
                    Double quarry = byClient.get(client);
                    table.append(' ').append(quarry == null ? "–"
                            : String.format(Locale.ROOT, "%,.0f (%.2f×)", quarry, quarry / jdbc)).append(" |");
                }
                table.append(" ≤ 1.5× |\n");
            });
        }
        if (table.isEmpty()) {
            return "";
        }
        StringBuilder header = new StringBuilder("| bytes per operation | database | ").append(Report.CLIENTS.get("jdbc"));
        CLIENTS.forEach(client -> header.append(" | ").append(Report.CLIENTS.get(client)));
        return header.append(" | target |\n|---|---|").append("---:|".repeat(CLIENTS.size() + 1)).append("---|\n")
                .append(table).toString();
    }
}
