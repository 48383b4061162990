package dev.quarry.bench;

import java.util.Locale;
import java.util.Map;

/**
 * The O1 table: Quarry with the SQL log at INFO, metrics and tracing attached, as a ratio to the
 * same client without them in the same run, for W1 and W2 on each database.
 */
final class ObservedCostTable {
    static final Map<String, String> WORKLOADS = Map.of(
            "O1ObservedPointSelect", "W1 point select", "O1ObservedRangeSelect", "W2 ~1,000 rows");

    private ObservedCostTable() {
    }

    /** The table as Markdown, or an empty text when the run measured no O1 benchmark. */
    static String of(Map<String, Map<String, Map<String, Double>>> scores) {
        StringBuilder table = new StringBuilder();
        for (String workload : new String[] {"O1ObservedPointSelect", "O1ObservedRangeSelect"}) {
            Map<String, Map<String, Double>> byDialect = scores.get(workload);
            if (byDialect == null) {
                continue;
            }
            byDialect.forEach((dialect, byClient) -> table.append("| ").append(WORKLOADS.get(workload)).append(" | ")
                    .append(dialect).append(" | ").append(cell(byClient, "quarryJava")).append(" | ")
                    .append(cell(byClient, "quarryKotlin")).append(" | ")
                    .append(dialect.equals("sqlite") ? "≥ 0.90×" : "≥ 0.95×").append(" |\n"));
        }
        if (table.isEmpty()) {
            return "";
        }
        return "| O1 observed | database | Quarry Java | Quarry Kotlin | target |\n|---|---|---:|---:|---|\n" + table;
    }

    /** The observed client's score with its ratio to the same client unobserved. */
    private static String cell(Map<String, Double> byClient, String client) {
        Double plain = byClient.get(client);
        Double observed = byClient.get(client + "Observed");
        if (plain == null || observed == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,.0f of %,.0f (%.2f×)", observed, plain, observed / plain);
    }
}
