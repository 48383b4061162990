package dev.quarry.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code quarry:pull}: writes a Kotlin object or Java class for each table of the live database
 * into the project's sources, or with {@code check} fails the build when the files present differ
 * from what the database gives (schema drift). Reads no migrations.
 */
@Mojo(name = "pull", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PullMojo extends QuarryMojo {
    /** The package of the generated sources. */
    @Parameter(property = "quarry.package", required = true)
    private String packageName;

    /** {@code kotlin} (the default) or {@code java}. */
    @Parameter(property = "quarry.language", defaultValue = "kotlin")
    private String language;

    /** The source root to write into; default {@code src/main/kotlin} or {@code src/main/java} by language. */
    @Parameter(property = "quarry.out")
    private File out;

    /** Globs of the tables to generate; all when none is given. */
    @Parameter(property = "quarry.includes")
    private List<String> includes;

    /** Globs of the tables to leave out. */
    @Parameter(property = "quarry.excludes")
    private List<String> excludes;

    /** Property names: {@code camel} (the default) or {@code pascal}. */
    @Parameter(property = "quarry.naming")
    private String naming;

    /** Column kind overrides, {@code table.column=KIND}, such as {@code orders.status=enum:com.example.Status}. */
    @Parameter(property = "quarry.types")
    private List<String> types;

    /** Compare instead of write: fail when a generated file differs from the one present. */
    @Parameter(property = "quarry.check", defaultValue = "false")
    private boolean check;

    @Override
    String command() {
        return "pull";
    }

    @Override
    boolean readsMigrations() {
        return false;
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("--package", packageName, "--language", language));
        File root = out != null ? out : new File(baseDirectory(), "src/main/" + language);
        args.addAll(List.of("--out", root.getPath()));
        addEach(args, "--include", includes);
        addEach(args, "--exclude", excludes);
        addEach(args, "--type", types);
        add(args, "--naming", naming);
        if (check) {
            args.add("--check");
        }
        return args;
    }

    private static void addEach(List<String> args, String option, List<String> values) {
        if (values != null) {
            values.forEach(value -> add(args, option, value));
        }
    }
}
