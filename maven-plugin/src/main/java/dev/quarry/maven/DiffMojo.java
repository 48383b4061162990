package dev.quarry.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code quarry:diff}: logs each change that would make the database match the table classes, graded, and its DDL. */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DiffMojo extends TablesMojo {
    @Override
    String command() {
        return "diff";
    }

    @Override
    List<String> arguments() throws MojoExecutionException {
        return tableArguments();
    }
}
