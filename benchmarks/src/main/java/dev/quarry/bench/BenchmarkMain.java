package dev.quarry.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks on SQLite, PostgreSQL and MariaDB (servers obtained as the tests obtain
 * them), prints the table of workload × client with each client's ratio to hand-written JDBC, and
 * writes it with the machine and versions to a Markdown file.
 *
 * <p>Arguments: the mode ({@code smoke}, {@code short}, {@code full}) and optionally the file to write.
 * The system properties {@code quarry.bench.dialects} and {@code quarry.bench.include} narrow a run
 * (see {@link BenchTargets}); MariaDB through both drivers without Exposed, for example, is
 * {@code -Dquarry.bench.dialects=mariadb,mariadb-connectorj -Dquarry.bench.include=\w+\.(jdbc|quarry\w+)}.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    /**
     * Runs the benchmarks and writes the report; exits with status 1 on any failure, since the
     * embedded servers' processes would otherwise keep the JVM alive.
     */
    public static void main(String[] args) {
        try {
            RunMode mode = RunMode.named(args.length > 0 ? args[0] : "short");
            Path output = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : null;
            if (output != null && !Files.isDirectory(output.getParent())) {
                throw new IllegalArgumentException("the report's folder " + output.getParent() + " does not exist");
            }
            Report report = run(mode);
            System.out.println();
            System.out.println(report.table());
            if (output != null) {
                Files.writeString(output, report.markdown(mode, output.getFileName().toString()), StandardCharsets.UTF_8);
                System.out.println("Written to " + output);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Prepares every database, runs W1–W8, O1, P1, C1, C2 and M1, and reports. */
    public static Report run(RunMode mode) throws Exception {
        System.setProperty("quarry.bench.streamedRows", Integer.toString(mode.streamedRows));
        List<String> forkArguments = new ArrayList<>();
        forkArguments.add("-Dquarry.bench.streamedRows=" + mode.streamedRows);
        Environment environment = Environment.describe();
        List<String> dialects = BenchTargets.selected();
        for (String dialect : dialects) {
            String url = BenchTargets.url(dialect);
            forkArguments.add("-D" + BenchTargets.property(dialect) + "=" + url);
            try (Clients clients = new Clients(dialect, mode.streamedRows)) {
                environment.addDatabase(dialect, clients);
            }
        }
        Path heapFile = Files.createTempFile("quarry-bench-heap", ".txt");
        forkArguments.add("-Dquarry.bench.heapFile=" + heapFile);
        System.setProperty("quarry.bench.heapFile", heapFile.toString());

        Collection<RunResult> results = new ArrayList<>();
        results.addAll(runJmh(mode.throughput(options("[WOPC]\\d\\w*", dialects, forkArguments, true))
                .addProfiler(GCProfiler.class)));
        List<String> streamingArguments = new ArrayList<>(forkArguments);
        streamingArguments.add("-Xmx64m");
        // A client that cannot stream within the heap fails its own trial; the table reports it.
        results.addAll(runJmh(mode.streaming(options("M1\\w*", dialects, streamingArguments, false))));
        Map<String, Long> heapPeaks = HeapPeaks.read(heapFile);
        Files.deleteIfExists(heapFile);
        return new Report(results, heapPeaks, environment);
    }

    private static ChainedOptionsBuilder options(String workloads, List<String> dialects, List<String> forkArguments,
            boolean failOnError) {
        return new OptionsBuilder()
                .include("dev\\.quarry\\.bench\\.(?=" + workloads + "\\.)(?:" + BenchTargets.included() + ")$")
                .param("dialect", dialects.toArray(String[]::new))
                .threads(1)
                .shouldFailOnError(failOnError)
                .jvmArgsAppend(forkArguments.toArray(String[]::new));
    }

    /** Runs the benchmarks the options include; none, when the run is narrowed to others. */
    private static Collection<RunResult> runJmh(ChainedOptionsBuilder options) throws RunnerException {
        try {
            return new Runner(options.build()).run();
        } catch (NoBenchmarksException e) {
            return List.of();
        }
    }
}
