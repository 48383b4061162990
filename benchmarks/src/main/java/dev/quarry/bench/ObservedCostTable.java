package dev.quarry.bench;

import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The O1 table: Quarry with the SQL log at INFO, metrics and tracing attached, as a ratio to the
 * same client without them timed alternately in the same benchmark method, for W1 and W2 on each
 * database.
 */
final class ObservedCostTable {
    static final Map<String, String> WORKLOADS = Map.of(
            "O1ObservedPointSelect", "W1 point select", "O1ObservedRangeSelect", "W2 ~1,000 rows");

    private ObservedCostTable() {
    }

    /**
     * Records a client's times from its O1 result: microseconds per operation without observation
     * under the client's name and with it under the name followed by {@code Observed}.
     */
    static void addTimes(Map<String, Double> byClient, String client, RunResult result) {
        Map<String, Result> times = result.getSecondaryResults();
        double operations = times.get("operations").getScore();
        if (operations > 0) {
            byClient.put(client, times.get("unobservedNanos").getScore() / operations / 1_000);
            byClient.put(client + "Observed", times.get("observedNanos").getScore() / operations / 1_000);
        }
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

    /** The client's time per operation without and with observation, and the throughput ratio. */
    static String cell(Map<String, Double> byClient, String client) {
        Double plain = byClient.get(client);
        Double observed = byClient.get(client + "Observed");
        if (plain == null || observed == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,.1f → %,.1f µs (%.2f×)", plain, observed, plain / observed);
    }
}
