package dev.quarry.migrate.codegen;

import dev.quarry.jdbc.Database;
import dev.quarry.migrate.ChinookScripts;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chinook schema (created by its upstream script) and the schema of every type (raw DDL) on
 * every enabled database, pulled into Kotlin and Java once per test run, into packages
 * {@code com.example.<database>.chinook} and {@code …kinds}, and compiled with one compiler call
 * per language, because compiling dominates the suite's time. Built on first use; thread-safe.
 */
final class PulledSchemas {
    /** What was pulled from one database. */
    record Pulled(Database chinook, Database kinds, Map<Language, GeneratedCode> chinookCode,
            Map<Language, GeneratedCode> kindsCode) {
    }

    private static PulledSchemas instance;

    final Map<String, Pulled> byTarget = new LinkedHashMap<>();
    final Map<Language, ClassLoader> loaders = new EnumMap<>(Language.class);

    static synchronized PulledSchemas get() throws Exception {
        if (instance == null) {
            instance = new PulledSchemas(TestTargets.enabled());
        }
        return instance;
    }

    private PulledSchemas(List<TestTarget> targets) throws Exception {
        Map<Language, Path> sources = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            sources.put(language, PullSchemas.temporaryDirectory("quarry-pull-" + language.extension() + "-"));
        }
        for (TestTarget target : targets) {
            String chinookUrl = PullSchemas.emptySchema(target, "pull_chinook");
            try (Connection connection = DriverManager.getConnection(chinookUrl)) {
                ChinookScripts.load(connection, target.family());
            }
            String kindsUrl = PullSchemas.emptySchema(target, "pull_kinds");
            PullSchemas.run(kindsUrl, EveryTypeSchema.statements(target.family()));
            Database chinook = PullSchemas.open(chinookUrl);
            Database kinds = PullSchemas.open(kindsUrl);
            Map<Language, GeneratedCode> chinookCode = new EnumMap<>(Language.class);
            Map<Language, GeneratedCode> kindsCode = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String base = "com.example." + target.family();
                chinookCode.put(language, TableCodeGenerator.pull(chinook, CodegenSettings.of(base + ".chinook", language),
                        List.of()));
                kindsCode.put(language, TableCodeGenerator.pull(kinds, CodegenSettings.of(base + ".kinds", language),
                        List.of()));
                chinookCode.get(language).writeTo(sources.get(language));
                kindsCode.get(language).writeTo(sources.get(language));
            }
            byTarget.put(target.name(), new Pulled(chinook, kinds, chinookCode, kindsCode));
        }
        for (Language language : Language.values()) {
            Path classes = language == Language.KOTLIN ? SourceCompiler.kotlin(sources.get(language))
                    : SourceCompiler.java(sources.get(language));
            loaders.put(language, SourceCompiler.loader(classes));
        }
    }
}
