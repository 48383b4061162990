package dev.quarry.migrate.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a {@link MigrationPlan} as the next numbered migration files of a directory:
 * {@code <version>_<description>.up.sql} and {@code .down.sql}, the version one above the highest
 * in the directory or used elsewhere, four digits at least. Each file starts with the plan's grades as comments.
 * Index builds that must run outside a transaction (PostgreSQL's concurrent ones) go into a second
 * pair, the version after, marked {@code -- quarry:no-transaction}. Stateless.
 */
public final class MigrationWriter {
    private static final String NO_TRANSACTION = "-- quarry:no-transaction";
    private static final Pattern VERSION = Pattern.compile("^(\\d+)_.*\\.(up|down)\\.sql$");

    private MigrationWriter() {
    }

    /**
     * Writes the plan; nothing when it is empty.
     *
     * @param description words describing the change: "add orders"
     * @param after the highest version already used elsewhere (applied, or in other locations)
     * @return the files written, up before down
     * @throws DestructiveChangeException if the plan is destructive and that is not allowed
     */
    public static List<Path> write(Path directory, String description, MigrationPlan plan, boolean allowDestructive,
            long after) {
        plan.requireAllowed(allowDestructive);
        String slug = description.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("the migration needs a description of letters or digits, not '"
                    + description + "'");
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            long version = Math.max(highestVersion(directory), after) + 1;
            MigrationPlan transactional = plan.transactionalPart();
            if (!transactional.isEmpty()) {
                written.addAll(writePair(directory, version++, slug, transactional, ""));
            }
            MigrationPlan outside = plan.nonTransactionalPart();
            if (!outside.isEmpty()) {
                written.addAll(writePair(directory, version, slug + "_indexes", outside, NO_TRANSACTION + "\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the migration into " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The highest version among the directory's migration files, 0 if none. */
    private static long highestVersion(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).mapToLong(matcher -> Long.parseLong(matcher.group(1))).max().orElse(0);
        }
    }

    private static List<Path> writePair(Path directory, long version, String slug, MigrationPlan plan, String marker)
            throws IOException {
        String base = String.format("%04d_%s", version, slug);
        Path up = directory.resolve(base + ".up.sql");
        Path down = directory.resolve(base + ".down.sql");
        if (Files.exists(up) || Files.exists(down)) {
            throw new IllegalStateException("migration " + up + " already exists");
        }
        Files.writeString(up, marker + header(plan) + script(plan.upStatements()), StandardCharsets.UTF_8);
        Files.writeString(down, marker + script(plan.downStatements()), StandardCharsets.UTF_8);
        return List.of(up, down);
    }

    private static String header(MigrationPlan plan) {
        StringBuilder text = new StringBuilder();
        for (String line : plan.describe().split("\\R")) {
            text.append("-- ").append(line).append('\n');
        }
        return text.append('\n').toString();
    }

    private static String script(List<String> statements) {
        StringBuilder text = new StringBuilder();
        for (String statement : statements) {
            text.append(statement).append(";\n");
        }
        return text.toString();
    }
}
