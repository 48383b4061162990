package dev.quarry.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine, the JVM, the libraries and the database servers of a run, for the report. */
final class Environment {
    private final Map<String, String> facts = new LinkedHashMap<>();

    private Environment() {
    }

    static Environment describe() {
        Environment environment = new Environment();
        Runtime runtime = Runtime.getRuntime();
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        environment.facts.put("machine", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + runtime.availableProcessors() + " cores, " + (memory >> 30) + " GiB");
        environment.facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.facts.put("Quarry", System.getProperty("quarry.bench.quarryVersion", "(this checkout)"));
        environment.facts.put("Exposed", System.getProperty("quarry.bench.exposedVersion", "(from the classpath)"));
        environment.facts.put("JMH", System.getProperty("quarry.bench.jmhVersion", "(from the classpath)"));
        return environment;
    }

    /** Adds the server and driver versions of a dialect's database. */
    void addDatabase(String dialect, Clients clients) throws SQLException {
        try (Connection connection = clients.peerConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            facts.put(dialect, meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ", driver "
                    + meta.getDriverName() + " " + meta.getDriverVersion());
        }
    }

    Map<String, String> facts() {
        return facts;
    }
}
