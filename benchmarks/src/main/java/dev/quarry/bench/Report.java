package dev.quarry.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The table of a run: for each workload and database, each client's score and its ratio to the
 * baseline (hand-written JDBC; for W7, Exposed, as nothing else renders), against the target.
 */
public final class Report {
    /**
     * The clients by benchmark method name. {@code quarryJavaRecords} maps rows with
     * {@code fetchInto(record class)} and {@code quarryKotlinSerializable} with {@code into<T>()},
     * measured where a workload has such a method (W2); {@code quarryKotlinOnCaller} runs its
     * transactions on the calling coroutine's thread (W1, W6); {@code jdbcJson} is hand-written JDBC
     * with one JSON-aggregating statement instead of one per level (W8).
     */
    static final Map<String, String> CLIENTS = Map.of("jdbc", "JDBC", "jdbcJson", "JDBC, one JSON statement",
            "quarryJava", "Quarry Java",
            "quarryJavaRecords", "Quarry Java fetchInto", "quarryKotlin", "Quarry Kotlin",
            "quarryKotlinSerializable", "Quarry Kotlin @Serializable", "quarryKotlinOnCaller",
            "Quarry Kotlin on the caller's thread", "exposed", "Exposed");
    /** The clients in column order; a client without a score in the run gets no column. */
    private static final List<String> CLIENT_ORDER = List.of(
            "jdbc", "jdbcJson", "quarryJava", "quarryJavaRecords", "quarryKotlin", "quarryKotlinSerializable", "quarryKotlinOnCaller",
            "exposed");
    /** Clients that only some workloads measure; elsewhere their cell is empty, not a failure. */
    private static final Set<String> PARTIAL_CLIENTS = Set.of("jdbcJson", "quarryJavaRecords", "quarryKotlinSerializable",
            "quarryKotlinOnCaller");
    private static final Map<String, String> WORKLOADS = new LinkedHashMap<>();
    private static final Map<String, Double> TARGETS = Map.of(
            "W1", 0.90, "W2", 0.90, "W3", 0.95, "W4", 0.95, "W5", 0.95, "W6", 0.90, "W7", 3.0, "W8", 0.90);

    static {
        WORKLOADS.put("W1PointSelect", "W1 point select");
        WORKLOADS.put("W2RangeSelect", "W2 ~1,000 rows");
        WORKLOADS.put("W3BatchInsert", "W3 insert 10,000 rows");
        WORKLOADS.put("W4UpdateDelete", "W4 update + delete");
        WORKLOADS.put("W5JoinAggregate", "W5 join + group by");
        WORKLOADS.put("W6ConcurrentPointSelects", "W6 64 tasks, pool of 8");
        WORKLOADS.put("W7RenderQuery", "W7 build + render");
        WORKLOADS.put("W8LoadGraph", "W8 100 authors × 20 books × 3 reviews");
        WORKLOADS.put("W9BulkLoad", "W9 insert 100,000 rows");
        WORKLOADS.put("M1StreamRows", "M1 stream 1,000,000 rows");
    }

    /** Scores by workload class, dialect and client method. */
    private final Map<String, Map<String, Map<String, Double>>> scores = new LinkedHashMap<>();
    /** Bytes allocated per operation by workload class, dialect and client, where the GC profiler measured them. */
    private final Map<String, Map<String, Map<String, Double>>> bytes = new LinkedHashMap<>();
    private final Map<String, Long> heapPeaks;
    private final Environment environment;

    Report(Collection<RunResult> results, Map<String, Long> heapPeaks, Environment environment) {
        this.heapPeaks = heapPeaks;
        this.environment = environment;
        for (String workload : WORKLOADS.keySet()) {
            scores.put(workload, new LinkedHashMap<>());
        }
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String[] parts = benchmark.substring("dev.quarry.bench.".length()).split("\\.");
            String dialect = result.getParams().getParam("dialect");
            Map<String, Double> byClient = byClient(scores, parts[0], dialect);
            if (ObservedCostTable.WORKLOADS.containsKey(parts[0]) || parts[0].equals(PolicyCostTable.BENCHMARK)
                    || parts[0].equals(PairedGraphTable.BENCHMARK)) {
                ObservedCostTable.addTimes(byClient, parts[1], result);
            } else {
                byClient.put(parts[1], result.getPrimaryResult().getScore());
            }
            Result allocated = result.getSecondaryResults().get(AllocationTable.BYTES_PER_OPERATION);
            if (allocated != null) {
                byClient(bytes, parts[0], dialect).put(parts[1], allocated.getScore());
            }
        }
    }

    /** The values of one workload on one database ("any" for benchmarks without one), by client. */
    private static Map<String, Double> byClient(Map<String, Map<String, Map<String, Double>>> values, String workload,
            String dialect) {
        return values.computeIfAbsent(workload, w -> new LinkedHashMap<>())
                .computeIfAbsent(dialect == null ? "any" : dialect, d -> new LinkedHashMap<>());
    }

    /** The number of scores, by workload, dialect and client: what a smoke run checks. */
    public Map<String, Map<String, Map<String, Double>>> scores() {
        return scores;
    }

    /** The table as Markdown. */
    public String table() {
        List<String> clients = clientsInRun();
        StringBuilder table = new StringBuilder();
        table.append("| workload | database |");
        clients.forEach(client -> table.append(' ').append(CLIENTS.get(client)).append(" |"));
        table.append(" target |\n|---|---|").append("---:|".repeat(clients.size())).append("---|\n");
        scores.forEach((workload, byDialect) -> byDialect.forEach((dialect, byClient) -> {
            if (!WORKLOADS.containsKey(workload)) {
                return;
            }
            table.append("| ").append(WORKLOADS.getOrDefault(workload, workload)).append(" | ").append(dialect).append(" |");
            for (String client : clients) {
                table.append(' ').append(cell(workload, dialect, client, byClient)).append(" |");
            }
            table.append(' ').append(target(workload)).append(" |\n");
        }));
        return table.toString();
    }

    /** The whole report: how it was made, on what, and the table. */
    public String markdown(RunMode mode, String fileName) {
        StringBuilder text = new StringBuilder("# Benchmark results\n\n");
        text.append("Produced by `mvn -B -q -pl benchmarks -am -Pbenchmarks verify -DskipTests")
                .append(mode == RunMode.SHORT ? "" : " -Dbenchmarks.mode=" + mode.name().toLowerCase(Locale.ROOT))
                .append(narrowing(fileName))
                .append("` (").append(mode.name().toLowerCase(Locale.ROOT)).append(" run: ")
                .append(mode.forks == 0 ? "in one JVM" : mode.forks + " forks").append(", ")
                .append(mode.warmupIterations).append(" warm-up and ").append(mode.measurementIterations)
                .append(" measured iterations of ").append(mode.iterationTime).append("; M1 forked with a 64 MB heap).\n\n");
        environment.facts().forEach((name, value) -> text.append("- ").append(name).append(": ").append(value).append('\n'));
        text.append("\nThroughput in operations per second (W6: point selects per second; W7: renders per second), "
                + "with the ratio to hand-written JDBC in the same run (W7: to Exposed). M1: seconds per full read "
                + "and the peak heap, which the 64 MB limit of its JVM bounds. W8: graphs per second; its JDBC "
                + "baseline runs three statements with IN lists, \"JDBC, one JSON statement\" one statement that "
                + "aggregates the books and reviews as JSON.\n\n");
        if (!clientsInRun().isEmpty()) {
            text.append(table());
        }
        String allocation = AllocationTable.of(bytes);
        if (!allocation.isEmpty()) {
            text.append("\nAllocation: bytes allocated per operation (JMH's GC profiler, every thread of the JVM), with the "
                    + "ratio to hand-written JDBC's bytes in the same run.\n\n").append(allocation);
        }
        String paired = PairedGraphTable.of(scores);
        if (!paired.isEmpty()) {
            text.append("\nW8 side by side: each call of one benchmark method loads a graph with hand-written JDBC and one "
                    + "with Quarry, which goes first alternating, so that both see the machine in the same state: "
                    + "microseconds per graph of JDBC and of Quarry, and Quarry's throughput as a ratio to JDBC's.\n\n")
                    .append(paired);
        }
        String observed = ObservedCostTable.of(scores);
        if (!observed.isEmpty()) {
            text.append("\nO1: the same clients on a database with the SQL log at INFO, Micrometer metrics and OpenTelemetry "
                    + "tracing attached (an SDK without exporter), called alternately with the unobserved ones in one "
                    + "benchmark method: microseconds per operation without and with, and the throughput ratio.\n\n")
                    .append(observed);
        }
        String policed = PolicyCostTable.of(scores);
        if (!policed.isEmpty()) {
            text.append("\nP1: W1, W2 and W4 through the Java facade with one tenant row policy on each table they touch, "
                    + "called alternately with the same workload without policies in one benchmark method: microseconds "
                    + "per operation without and with, and the throughput ratio.\n\n").append(policed);
        }
        String cluster = ClusterTable.of(scores);
        if (!cluster.isEmpty()) {
            text.append("\nC1 and C2: the routing a cluster adds to a read-only transaction, and read throughput through a "
                    + "primary with one streaming replica against the primary alone. Both servers run on this machine, "
                    + "so the replica adds no cores of its own.\n\n").append(cluster);
        }
        return text.toString();
    }

    /** The Maven properties that narrowed the run and named its file, as they appear on its command line. */
    private static String narrowing(String fileName) {
        StringBuilder properties = new StringBuilder();
        String dialects = System.getProperty(BenchTargets.DIALECTS_PROPERTY, "");
        if (!dialects.isBlank()) {
            properties.append(" -Dbenchmarks.dialects=").append(dialects);
        }
        String included = System.getProperty(BenchTargets.INCLUDE_PROPERTY, "");
        if (!included.isBlank() && !included.equals(BenchTargets.EVERY_BENCHMARK)) {
            properties.append(" '-Dbenchmarks.include=").append(included).append('\'');
        }
        if (!fileName.equals("RESULTS.md")) {
            properties.append(" -Dbenchmarks.output=").append(fileName);
        }
        return properties.toString();
    }

    private List<String> clientsInRun() {
        return CLIENT_ORDER.stream().filter(client -> scores.entrySet().stream()
                .filter(workload -> WORKLOADS.containsKey(workload.getKey()))
                .anyMatch(workload -> workload.getValue().values().stream().anyMatch(byClient -> byClient.containsKey(client))))
                .toList();
    }

    private String cell(String workload, String dialect, String client, Map<String, Double> byClient) {
        Double score = byClient.get(client);
        if (score == null) {
            return workload.equals("M1StreamRows") && !PARTIAL_CLIENTS.contains(client) ? "failed in a 64 MB heap" : "–";
        }
        if (workload.equals("M1StreamRows")) {
            Long peak = heapPeaks.get(dialect + "/" + client);
            Double baseline = byClient.get("jdbc");
            String ratio = baseline == null || client.equals("jdbc") ? "" : String.format(Locale.ROOT, " (%.2f×)", baseline / score);
            return String.format(Locale.ROOT, "%.2f s%s", score, ratio)
                    + (peak == null ? "" : String.format(Locale.ROOT, ", peak %d MB", peak >> 20));
        }
        String baselineClient = workload.equals("W7RenderQuery") ? "exposed" : "jdbc";
        Double baseline = byClient.get(baselineClient);
        String ratio = baseline == null || client.equals(baselineClient) ? "" : String.format(Locale.ROOT, " (%.2f×)", score / baseline);
        // Slow operations (W9 takes seconds) keep two significant digits.
        return String.format(Locale.ROOT, score < 10 ? "%.2g%s" : "%,.0f%s", score, ratio);
    }

    private static String target(String workload) {
        if (workload.equals("M1StreamRows")) {
            return "heap < 64 MB";
        }
        if (workload.equals("W7RenderQuery")) {
            return "≥ 3× Exposed";
        }
        if (workload.equals("W9BulkLoad")) {
            return "≥ 2× on PostgreSQL";
        }
        Double target = TARGETS.get(workload.substring(0, 2));
        return target == null ? "" : String.format(Locale.ROOT, "≥ %.2f×", target);
    }
}
