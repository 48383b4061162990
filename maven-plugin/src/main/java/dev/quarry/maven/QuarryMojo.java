package dev.quarry.maven;

import dev.quarry.migrate.cli.QuarryMigrate;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the database, the migration locations, and a run of the
 * {@code quarry-migrate} command in a class loader holding Quarry and the project's runtime class
 * path (its compiled classes, its dependencies and so its JDBC driver), see {@link RunLoader}. What the command prints goes
 * to the build log; exit code 1 fails the build, 2 (a wrong configuration) is a build error. One
 * instance per goal execution.
 */
abstract class QuarryMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The JDBC URL of the database. */
    @Parameter(property = "quarry.url", required = true)
    private String url;

    /** The database user. */
    @Parameter(property = "quarry.user")
    private String user;

    /** The password; else the environment variable {@code QUARRY_MIGRATE_PASSWORD}. */
    @Parameter(property = "quarry.password")
    private String password;

    /**
     * Where the migration scripts are: directories (relative ones against the project's base
     * directory) or {@code classpath:} locations. Default: {@code src/main/resources/db/migration}.
     */
    @Parameter(property = "quarry.locations")
    private List<String> locations;

    /** The history table; {@code quarry_schema_history} unless given. */
    @Parameter(property = "quarry.historyTable")
    private String historyTable;

    /** Skips the goal. */
    @Parameter(property = "quarry.skip", defaultValue = "false")
    private boolean skip;

    /** The command this goal runs, e.g. {@code up}. */
    abstract String command();

    /** The command's own arguments and options. */
    abstract List<String> arguments() throws MojoExecutionException;

    /** Whether the command reads migrations, and so takes the locations and the history table. */
    boolean readsMigrations() {
        return true;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("quarry:" + command() + " skipped");
            return;
        }
        List<String> args = new ArrayList<>(List.of(command()));
        args.addAll(arguments());
        args.addAll(List.of("--url", url));
        add(args, "--user", user);
        add(args, "--password", password);
        if (readsMigrations()) {
            add(args, "--history-table", historyTable);
            for (String location : resolvedLocations()) {
                args.addAll(List.of("--location", location));
            }
        }
        LogLines out = new LogLines(getLog()::info);
        LogLines err = new LogLines(getLog()::error);
        int exitCode;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = runLoader();
                PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            thread.setContextClassLoader(loader);
            Method run = loader.loadClass(QuarryMigrate.class.getName())
                    .getMethod("run", String[].class, PrintStream.class, PrintStream.class);
            exitCode = (Integer) run.invoke(null, args.toArray(String[]::new), outStream, errStream);
        } catch (InvocationTargetException e) {
            throw new MojoExecutionException("quarry:" + command() + " failed: " + e.getCause(), e.getCause());
        } catch (IOException | ReflectiveOperationException e) {
            throw new MojoExecutionException("quarry:" + command() + " could not run quarry-migrate: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (exitCode == QuarryMigrate.USAGE_ERROR) {
            throw new MojoExecutionException("quarry:" + command() + " is configured wrongly: " + err.firstLine());
        }
        if (exitCode != QuarryMigrate.SUCCESS) {
            throw new MojoFailureException("quarry:" + command() + " failed: " + err.firstLine());
        }
    }

    /** The project's base directory, for paths given relative to it. */
    File baseDirectory() {
        return project.getBasedir();
    }

    static void add(List<String> args, String option, String value) {
        if (value != null && !value.isBlank()) {
            args.addAll(List.of(option, value));
        }
    }

    private List<String> resolvedLocations() {
        if (locations == null || locations.isEmpty()) {
            return List.of(new File(baseDirectory(), "src/main/resources/db/migration").getPath());
        }
        List<String> resolved = new ArrayList<>();
        for (String location : locations) {
            if (location.startsWith("classpath:")) {
                resolved.add(location);
            } else {
                File directory = new File(location.replaceFirst("^filesystem:", ""));
                resolved.add((directory.isAbsolute() ? directory : new File(baseDirectory(), directory.getPath()))
                        .getPath());
            }
        }
        return resolved;
    }

    /** This plugin's own jars, then the project's runtime class path. */
    private URLClassLoader runLoader() throws MojoExecutionException {
        List<File> pluginJars = new ArrayList<>();
        for (Artifact artifact : pluginArtifacts) {
            String group = artifact.getGroupId();
            if (artifact.getFile() != null && !group.startsWith("org.apache.maven") && !group.startsWith("org.codehaus")) {
                pluginJars.add(artifact.getFile());
            }
        }
        try {
            return RunLoader.of(pluginJars, project.getRuntimeClasspathElements(), getClass().getClassLoader());
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("cannot read the class path of " + project.getId() + ": " + e.getMessage(), e);
        }
    }
}
