package dev.quarry.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code quarry:generate}: writes the diff as the next migration into the first location, Quarry's
 * up and down files or, with {@code format} {@code flyway}, a Flyway script.
 */
@Mojo(name = "generate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GenerateMojo extends TablesMojo {
    /** What the migration does, for its file name: {@code add orders}. */
    @Parameter(property = "quarry.description", required = true)
    private String description;

    /** Write the migration even if it drops tables or columns or narrows types. */
    @Parameter(property = "quarry.allowDestructive", defaultValue = "false")
    private boolean allowDestructive;

    /** {@code quarry} (the default) or {@code flyway}. */
    @Parameter(property = "quarry.format", defaultValue = "quarry")
    private String format;

    @Override
    String command() {
        return "generate";
    }

    @Override
    List<String> arguments() throws MojoExecutionException {
        List<String> args = new ArrayList<>(tableArguments());
        args.add(description);
        add(args, "--format", format);
        if (allowDestructive) {
            args.add("--allow-destructive");
        }
        return args;
    }
}
