package dev.quarry.bench;

import java.util.Map;

/**
 * The W8 side-by-side table: microseconds per graph of hand-written JDBC and of each Quarry client,
 * timed alternately in the same benchmark method, and Quarry's throughput as a ratio to JDBC's.
 */
final class PairedGraphTable {
    static final String BENCHMARK = "W8PairedGraph";

    private PairedGraphTable() {
    }

    /** The table as Markdown, or an empty text when the run measured no side-by-side W8. */
    static String of(Map<String, Map<String, Map<String, Double>>> scores) {
        Map<String, Map<String, Double>> byDialect = scores.get(BENCHMARK);
        if (byDialect == null || byDialect.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("| W8 side by side | database | JDBC → Quarry Java | JDBC → Quarry Kotlin | target |\n"
                + "|---|---|---:|---:|---|\n");
        byDialect.forEach((dialect, byClient) -> table.append("| W8 100 authors × 20 books × 3 reviews | ").append(dialect)
                .append(" | ").append(ObservedCostTable.cell(byClient, "quarryJava")).append(" | ")
                .append(ObservedCostTable.cell(byClient, "quarryKotlin")).append(" | ≥ 0.90× |\n"));
        return table.toString();
    }
}
