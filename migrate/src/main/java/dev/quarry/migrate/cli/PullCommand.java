package dev.quarry.migrate.cli;

import dev.quarry.migrate.codegen.CodegenSettings;
import dev.quarry.migrate.codegen.GeneratedCode;
import dev.quarry.migrate.codegen.Language;
import dev.quarry.migrate.codegen.PropertyNaming;
import dev.quarry.migrate.codegen.TableCodeGenerator;
import java.nio.file.Path;
import java.util.List;

/** {@code pull}: writes table objects for the live schema's tables, or with --check, compares them with the files. */
final class PullCommand implements Command {
    static final CommandOption PACKAGE = CommandOption.valued("package", "name",
            "package of the generated classes, e.g. com.example.db").asRequired();
    static final CommandOption LANGUAGE = CommandOption.valued("language", "kotlin|java",
            "language of the generated tables (default kotlin)");
    static final CommandOption OUT = CommandOption.valued("out", "dir",
            "source directory the package's folders go below, e.g. src/main/kotlin").asRequired();
    static final CommandOption INCLUDE = CommandOption.valued("include", "pattern",
            "tables to generate, a glob such as invoice* (default all); repeatable").asRepeatable();
    static final CommandOption EXCLUDE = CommandOption.valued("exclude", "pattern",
            "tables to leave out, a glob; repeatable").asRepeatable();
    static final CommandOption NAMING = CommandOption.valued("naming", "camel|pascal",
            "property names: invoiceDate (camel, the default) or InvoiceDate (pascal)");
    static final CommandOption TYPE = CommandOption.valued("type", "table.column=KIND",
            "column kind instead of the closest one, e.g. orders.status=enum:com.example.Status; repeatable")
            .asRepeatable();
    static final CommandOption CHECK = CommandOption.flag("check",
            "write nothing; exit 1 listing the files that differ from what would be generated");

    @Override
    public String name() {
        return "pull";
    }

    @Override
    public String summary() {
        return "writes table objects for the live schema";
    }

    @Override
    public String description() {
        return "Reads the live schema and writes one Kotlin object or Java class per table into the package's\n"
                + "folder below --out: columns with their types, nullability and defaults, primary keys, unique\n"
                + "constraints, indexes, foreign keys, checks, and an enum class per database enum type. diff of\n"
                + "the written tables against the same database is empty. A column of a type Quarry has no kind\n"
                + "for is declared as text of that type, with a warning on stderr, as is every other declaration\n"
                + "Quarry cannot make exact. KIND is integer, bigint, smallint, varchar, char, text,\n"
                + "boolean, decimal, double, real, date, datetime, timestamp, time, uuid, binary, json,\n"
                + "enum:CLASS or enum-ordinal:CLASS. With --check nothing is written, and the exit status is 1\n"
                + "when a file differs, is missing, or was generated for a table that is gone.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.connectionWith(PACKAGE, LANGUAGE, OUT, INCLUDE, EXCLUDE, NAMING, TYPE, CHECK);
    }

    @Override
    public int run(CommandContext context) {
        CodegenSettings settings = settings(context);
        GeneratedCode code = TableCodeGenerator.pull(context.database(), settings,
                List.of(context.migrator().historyTable()));
        for (String warning : code.warnings()) {
            context.err().println("warning: " + warning);
        }
        Path out = Path.of(context.options().value(OUT));
        if (context.options().has(CHECK)) {
            List<String> different = code.differences(out);
            if (different.isEmpty()) {
                context.out().println("The " + code.files().size() + " generated files below " + out
                        + " match the schema.");
                return QuarryMigrate.SUCCESS;
            }
            context.out().println("These files below " + out + " differ from the schema; run pull without --check:");
            different.forEach(file -> context.out().println("  " + file));
            return QuarryMigrate.FAILURE;
        }
        for (Path file : code.writeTo(out)) {
            context.out().println("Wrote " + file);
        }
        return QuarryMigrate.SUCCESS;
    }

    private CodegenSettings settings(CommandContext context) {
        ParsedOptions options = context.options();
        try {
            String language = options.value(LANGUAGE);
            CodegenSettings settings = CodegenSettings.of(options.value(PACKAGE),
                    language == null ? Language.KOTLIN : Language.named(language));
            String naming = options.value(NAMING);
            if (naming != null) {
                settings = settings.withNaming(PropertyNaming.named(naming));
            }
            for (String pattern : options.valuesOf(INCLUDE)) {
                settings = settings.withInclude(pattern);
            }
            for (String pattern : options.valuesOf(EXCLUDE)) {
                settings = settings.withExclude(pattern);
            }
            for (String override : options.valuesOf(TYPE)) {
                int equals = override.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("--type " + override + ": expected table.column=KIND");
                }
                settings = settings.withType(override.substring(0, equals), override.substring(equals + 1));
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new UsageException(name(), e.getMessage());
        }
    }
}
