package dev.quarry.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The P1 table: Quarry's Java facade with one tenant row policy on each table, as a ratio to the
 * same workload without policies timed alternately in the same benchmark method, for W1, W2 and W4
 * on each database.
 */
final class PolicyCostTable {
    static final String BENCHMARK = "P1TenantPolicy";
    private static final Map<String, String> WORKLOADS = new LinkedHashMap<>();

    static {
        WORKLOADS.put("pointSelect", "W1 point select");
        WORKLOADS.put("rangeSelect", "W2 ~1,000 rows");
        WORKLOADS.put("updateDelete", "W4 update + delete");
    }

    private PolicyCostTable() {
    }

    /** The table as Markdown, or an empty text when the run measured no P1 benchmark. */
    static String of(Map<String, Map<String, Map<String, Double>>> scores) {
        Map<String, Map<String, Double>> byDialect = scores.get(BENCHMARK);
        if (byDialect == null || byDialect.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("| P1 tenant policy | database | Quarry Java without → with the policy | target |\n"
                + "|---|---|---:|---|\n");
        WORKLOADS.forEach((method, workload) -> byDialect.forEach((dialect, byMethod) -> {
            if (byMethod.containsKey(method)) {
                table.append("| ").append(workload).append(" | ").append(dialect).append(" | ")
                        .append(ObservedCostTable.cell(byMethod, method)).append(" | ≥ 0.95× |\n");
            }
        }));
        return table.toString();
    }
}
