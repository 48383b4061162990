package dev.quarry.apicheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public API of each published module must equal the dump committed beside it
 * ({@code MODULE/api/ARTIFACT.api}). A change to the API fails the build until it is acknowledged:
 * {@code mvn -B verify -Dquarry.api.update=true} rewrites the dumps, and the changed dump goes
 * into the same commit as the change, where review sees what the API gained or lost.
 */
class ApiCompatibilityTest {

    static Stream<Arguments> publishedModules() {
        return Stream.of(
                Arguments.of("engine", "quarry-engine", dev.quarry.sql.Table.class),
                Arguments.of("jdbc", "quarry-jdbc", dev.quarry.jdbc.Database.class),
                Arguments.of("dsl", "quarry-dsl", dev.quarry.kotlin.Table.class),
                Arguments.of("migrate", "quarry-migrate", dev.quarry.migrate.Migrator.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("publishedModules")
    void theApiIsTheCommittedOne(String module, String artifact, Class<?> anyClass) throws Exception {
        Path committed = Path.of("..", module, "api", artifact + ".api");
        String current = ApiDump.of(anyClass);
        if (Boolean.getBoolean("quarry.api.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, current, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(committed)) {
            fail(committed + " is missing; run mvn -B verify -Dquarry.api.update=true and commit it");
        }
        String expected = Files.readString(committed, StandardCharsets.UTF_8);
        if (!expected.equals(current)) {
            fail("the public API of " + artifact + " changed:\n" + difference(expected, current)
                    + "If the change is meant, run mvn -B verify -Dquarry.api.update=true and commit " + committed
                    + " with it; removed or changed lines break callers compiled against the previous version.");
        }
    }

    /** Lines removed from and added to the dump; a member's line follows its class's. */
    private static String difference(String expected, String current) {
        Set<String> before = new TreeSet<>(expected.lines().toList());
        Set<String> after = new TreeSet<>(current.lines().toList());
        List<String> lines = new ArrayList<>();
        before.stream().filter(line -> !after.contains(line)).forEach(line -> lines.add("- " + line.strip()));
        after.stream().filter(line -> !before.contains(line)).forEach(line -> lines.add("+ " + line.strip()));
        return String.join("\n", lines) + "\n";
    }
}
