package dev.quarry.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java facade's arithmetic, aggregates and comparisons keep their types: javac compiles
 * snippets that use them correctly and rejects ones that mix unrelated types. Each test is one
 * javac run over a handful of snippets, each in a class of its own.
 */
class JavaFacadeTypeSafetyTest {
    private static final String TABLE = """
            package snippets;

            import dev.quarry.sql.*;
            import java.math.BigDecimal;

            final class Orders extends Table {
                final Column<Integer> quantity = integer("quantity");
                final Column<Long> customerId = bigint("customer_id");
                final Column<BigDecimal> amount = decimal("amount", 10, 2);
                final Column<String> comment = varchar("comment", 200);

                Orders() {
                    super("orders");
                }
            }
            """;

    /** The line of a snippet's one statement in the class {@link #snippet} writes. */
    private static final int STATEMENT_LINE = 7;

    @TempDir
    Path workDir;

    @Test
    void sameTypeArithmeticAggregatesAndNamedPromotionsCompile() throws IOException {
        Map<String, String> good = new LinkedHashMap<>();
        good.put("IntegerPlusValue", "Expression<Integer> next = orders.quantity.add(1);");
        good.put("DecimalTimesDecimal", "Expression<BigDecimal> scaled = orders.amount.multiply(new BigDecimal(\"1.20\"));");
        good.put("DecimalTimesInteger", "Expression<BigDecimal> line = orders.amount.multiply(orders.quantity, BigDecimal.class);");
        good.put("DecimalSum", "Analytic.Aggregate<BigDecimal> total = Functions.sum(orders.amount);");
        good.put("LongComparison", "Condition same = orders.customerId.eq(orders.customerId.add(orders.customerId));");
        good.put("IntegerAgainstDecimalAverage",
                "Condition above = orders.quantity.gtNumber(Functions.avg(orders.amount).multiply(2.0));");
        assertEquals(List.of(), compile(good), "errors in snippets that should compile");
    }

    @Test
    void arithmeticAggregatesAndComparisonsOfUnrelatedTypesDoNotCompile() throws IOException {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("IntegerSumAsString", "Expression<String> e = orders.quantity.add(1);");
        bad.put("MixedWithoutResultType", "Expression<Integer> e = orders.quantity.add(orders.amount);");
        bad.put("StringResultType", "Expression<String> e = orders.quantity.multiply(orders.amount, String.class);");
        bad.put("StringAggregate", "Analytic.Aggregate<String> t = Functions.sum(orders.amount);");
        bad.put("IntegerAgainstString", "Condition c = orders.quantity.gt(orders.comment);");
        bad.put("NumberAgainstString", "Condition c = orders.quantity.gtNumber(orders.comment);");
        List<Diagnostic<? extends JavaFileObject>> errors = compile(bad);
        Set<String> failed = new LinkedHashSet<>();
        for (Diagnostic<? extends JavaFileObject> error : errors) {
            String snippet = new File(error.getSource().getName()).getName().replace(".java", "");
            failed.add(snippet);
            assertEquals(STATEMENT_LINE, error.getLineNumber(), () -> "error outside the statement: " + error);
            assertFalse(error.getMessage(Locale.ROOT).contains("cannot find symbol"), () -> "not a type error: " + error);
        }
        assertEquals(bad.keySet(), failed, "snippets that failed to compile");
    }

    private static String snippet(String name, String statement) {
        return """
                package snippets;

                import dev.quarry.sql.*;
                import java.math.BigDecimal;

                final class %s {
                    static void use(Orders orders) { %s }
                }
                """.formatted(name, statement);
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(Map<String, String> statements) throws IOException {
        List<File> sources = new ArrayList<>();
        sources.add(write("Orders", TABLE));
        statements.forEach((name, statement) -> sources.add(write(name, snippet(name, statement))));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Path classes = Files.createDirectories(workDir.resolve("classes"));
            List<String> options = List.of("-classpath", classpath(), "-d", classes.toString(), "-proc:none");
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
        }
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                assertTrue(diagnostic.getSource() != null, () -> "error without a source: " + diagnostic);
                errors.add(diagnostic);
            }
        }
        return errors;
    }

    private File write(String name, String source) {
        try {
            Path file = Files.createDirectories(workDir.resolve("snippets")).resolve(name + ".java");
            return Files.writeString(file, source).toFile();
        } catch (IOException e) {
            throw new IllegalStateException("could not write snippet " + name, e);
        }
    }

    /** The test class path plus the engine's own classes and its annotations, in case the class path is a manifest jar. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> anchor : List.of(Expression.class, org.jspecify.annotations.Nullable.class)) {
            try {
                entries.add(new File(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }
}
