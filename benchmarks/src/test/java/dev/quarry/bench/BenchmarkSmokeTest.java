package dev.quarry.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark once, briefly, on every database, so the benchmarks keep compiling and
 * running; the numbers of such a run mean nothing.
 */
class BenchmarkSmokeTest {

    @Test
    void everyWorkloadRunsForEveryClientOnEveryDatabase() throws Exception {
        Report report = BenchmarkMain.run(RunMode.SMOKE);
        Map<String, Map<String, Map<String, Double>>> scores = report.scores();
        for (String workload : List.of("W1PointSelect", "W2RangeSelect", "W3BatchInsert", "W4UpdateDelete",
                "W5JoinAggregate", "W6ConcurrentPointSelects", "W8LoadGraph", "W9BulkLoad", "M1StreamRows")) {
            for (String dialect : BenchTargets.DIALECTS) {
                Map<String, Double> byClient = scores.get(workload).get(dialect);
                List<String> clients = switch (workload) {
                    case "W2RangeSelect" -> List.of("exposed", "jdbc", "quarryJava", "quarryJavaRecords", "quarryKotlin",
                            "quarryKotlinSerializable");
                    case "W1PointSelect", "W6ConcurrentPointSelects" ->
                            List.of("exposed", "jdbc", "quarryJava", "quarryKotlin", "quarryKotlinOnCaller");
                    case "W8LoadGraph" -> List.of("exposed", "jdbc", "jdbcJson", "quarryJava", "quarryKotlin");
                    default -> List.of("exposed", "jdbc", "quarryJava", "quarryKotlin");
                };
                assertEquals(clients, byClient.keySet().stream().sorted().toList(), workload + " on " + dialect);
                byClient.forEach((client, score) -> assertTrue(score > 0, workload + " " + client + " on " + dialect));
            }
        }
        for (String dialect : BenchTargets.DIALECTS) {
            assertEquals(List.of("exposed", "quarryJava", "quarryKotlin"),
                    scores.get("W7RenderQuery").get(dialect).keySet().stream().sorted().toList());
        }
        for (String dialect : BenchTargets.DIALECTS) {
            assertEquals(List.of("quarryJava", "quarryJavaObserved", "quarryKotlin", "quarryKotlinObserved"),
                    scores.get("W8PairedGraph").get(dialect).keySet().stream().sorted().toList(), "W8PairedGraph on " + dialect);
        }
        for (String workload : List.of("O1ObservedPointSelect", "O1ObservedRangeSelect")) {
            for (String dialect : BenchTargets.DIALECTS) {
                assertEquals(List.of("quarryJava", "quarryJavaObserved", "quarryKotlin", "quarryKotlinObserved"),
                        scores.get(workload).get(dialect).keySet().stream().sorted().toList(), workload + " on " + dialect);
            }
        }
        for (String dialect : BenchTargets.DIALECTS) {
            assertEquals(List.of("pointSelect", "pointSelectObserved", "rangeSelect", "rangeSelectObserved", "updateDelete",
                    "updateDeleteObserved"), scores.get("P1TenantPolicy").get(dialect).keySet().stream().sorted().toList(),
                    "P1 on " + dialect);
        }
        assertEquals(List.of("leastBusy", "roundRobin"), scores.get("C1ClusterRouting").get("any").keySet().stream().sorted().toList());
        assertEquals(List.of("cluster", "primaryAlone"), scores.get("C2ClusterReads").get("any").keySet().stream().sorted().toList());
        String markdown = report.markdown(RunMode.SMOKE, "RESULTS.md");
        assertTrue(markdown.contains("| P1 tenant policy | database | ") && markdown.contains("| C1 routing, roundRobin over 2 replicas | ")
                && markdown.contains("| C2 point selects, 8 threads, PostgreSQL | primary alone "), markdown);
        assertTrue(report.table().contains("| W1 point select | sqlite |"), report.table());
        assertTrue(report.table().contains("| W8 100 authors × 20 books × 3 reviews | mariadb |"), report.table());
        assertTrue(!report.table().contains("O1"), report.table());
        assertTrue(markdown.contains("| O1 observed | database | Quarry Java | Quarry Kotlin | target |"), markdown);
        assertTrue(markdown.contains("| W8 side by side | database | JDBC → Quarry Java | JDBC → Quarry Kotlin | target |"), markdown);
        assertTrue(report.table().contains("| W9 insert 100,000 rows | postgresql |"), report.table());
        assertTrue(markdown.contains("| bytes per operation | database | JDBC | Quarry Java |"), markdown);
        for (String workload : List.of("| W1 point select | ", "| W2 ~1,000 rows | ")) {
            for (String dialect : BenchTargets.DIALECTS) {
                assertTrue(markdown.lines().anyMatch(line -> line.startsWith(workload + dialect + " | ")
                        && line.endsWith(" ≤ 1.5× |")), workload + dialect + "\n" + markdown);
            }
        }
        assertTrue(report.table().startsWith("| workload | database | JDBC | JDBC, one JSON statement | Quarry Java |"
                + " Quarry Java fetchInto | Quarry Kotlin | Quarry Kotlin @Serializable | Quarry Kotlin on the caller's thread |"
                + " Exposed | target |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"),
                report.table());
    }
}
