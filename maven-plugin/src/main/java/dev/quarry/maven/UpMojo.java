package dev.quarry.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code quarry:up}: applies the pending migrations, up to {@code target} if given. */
@Mojo(name = "up", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpMojo extends QuarryMojo {
    /** Apply migrations up to and including this version. */
    @Parameter(property = "quarry.target")
    private Long target;

    /** Also apply pending migrations older than the newest applied one. */
    @Parameter(property = "quarry.allowOutOfOrder", defaultValue = "false")
    private boolean allowOutOfOrder;

    @Override
    String command() {
        return "up";
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (target != null) {
            args.addAll(List.of("--target", target.toString()));
        }
        if (allowOutOfOrder) {
            args.add("--allow-out-of-order");
        }
        return args;
    }
}
