package dev.quarry.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code quarry:status}: lists every migration found or recorded, with its state. */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends QuarryMojo {
    @Override
    String command() {
        return "status";
    }

    @Override
    List<String> arguments() {
        return List.of();
    }
}
