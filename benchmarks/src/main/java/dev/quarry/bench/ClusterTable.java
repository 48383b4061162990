package dev.quarry.bench;

import java.util.Locale;
import java.util.Map;

/**
 * The cluster table: C1, the routing a cluster adds to each read-only transaction, in nanoseconds;
 * C2, point selects per second through a PostgreSQL primary with one streaming replica against the
 * primary alone.
 */
final class ClusterTable {
    static final String ROUTING = "C1ClusterRouting";
    static final String READS = "C2ClusterReads";

    private ClusterTable() {
    }

    /** The table as Markdown, or an empty text when the run measured neither benchmark. */
    static String of(Map<String, Map<String, Map<String, Double>>> scores) {
        Map<String, Double> routing = only(scores.get(ROUTING));
        Map<String, Double> reads = only(scores.get(READS));
        if (routing == null && reads == null) {
            return "";
        }
        StringBuilder table = new StringBuilder("| cluster | measured | target |\n|---|---|---|\n");
        if (routing != null) {
            routing.forEach((policy, perSecond) -> table.append(String.format(Locale.ROOT,
                    "| C1 routing, %s over 2 replicas | %.0f ns per transaction | < 2,000 ns |\n", policy, 1e9 / perSecond)));
        }
        if (reads != null && reads.containsKey("primaryAlone") && reads.containsKey("cluster")) {
            double alone = reads.get("primaryAlone");
            double cluster = reads.get("cluster");
            table.append(String.format(Locale.ROOT, "| C2 point selects, 8 threads, PostgreSQL | primary alone %,.0f/s; "
                    + "primary + 1 replica %,.0f/s (%.2f×) | reported |\n", alone, cluster, cluster / alone));
        }
        return table.toString();
    }

    private static Map<String, Double> only(Map<String, Map<String, Double>> byDialect) {
        return byDialect == null || byDialect.isEmpty() ? null : byDialect.values().iterator().next();
    }
}
