package dev.quarry.samples.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void theBookshopPrintsTheSameAnswersAsTheKotlinOne() throws IOException {
        Path file = Files.createTempFile("bookshop", ".db");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            Bookshop.main(new String[] {file.toString()});
        } finally {
            System.setOut(original);
            Files.deleteIfExists(file);
        }
        String printed = output.toString(StandardCharsets.UTF_8);
        String expected = Files.readString(Path.of("src/test/resources/bookshop-output.txt"));
        assertEquals("Bookshop catalogue in " + file + "\n" + expected, printed);
    }

    @Test
    void theReadmesJavaExampleIsThisCodeAndItRuns() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/java/dev/quarry/samples/java/ReadmeExample.java"));
        int begin = lines.indexOf("    // readme:begin");
        int end = lines.indexOf("    // readme:end");
        String region = String.join("\n", lines.subList(begin + 1, end)).stripIndent();
        assertTrue(javaBlocks(Files.readString(Path.of("../README.md"))).contains(region.strip()),
                "README.md must show ReadmeExample.java's marked region as a ```java block");

        Path file = Files.createTempFile("readme", ".db");
        try (Database db = Database.connect("jdbc:sqlite:" + file)) {
            assertEquals(List.of("Ada"),
                    ReadmeExample.adults(db).stream().map(row -> row.get(ReadmeExample.Users.USERS.name)).toList());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(markdown);
        while (matcher.find()) {
            blocks.add(matcher.group(1).strip());
        }
        return blocks;
    }
}
