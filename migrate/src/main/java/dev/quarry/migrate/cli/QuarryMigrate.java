package dev.quarry.migrate.cli;

import dev.quarry.QuarryException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code quarry-migrate} command line: {@code quarry-migrate <command> [options]}, with the
 * commands of {@link Commands}. Exit codes: 0 success, 1 failure, 2 usage error. The JDBC driver
 * of the database must be on the class path.
 *
 * <pre>{@code
 * quarry-migrate up --url jdbc:postgresql://localhost/app --user app --location db/migration
 * }</pre>
 *
 * <p>{@link #run} is safe to call from several threads at once; each call connects on its own.
 */
public final class QuarryMigrate {
    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;
    public static final int USAGE_ERROR = 2;

    private QuarryMigrate() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line, printing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /** {@link #run(String[], PrintStream, PrintStream)} with the environment given, for the password variable. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.isEmpty()) {
            HelpText.printUsage(err);
            return USAGE_ERROR;
        }
        String name = arguments.get(0).equals("-h") || arguments.get(0).equals("--help") ? "help" : arguments.get(0);
        try {
            Command command = Commands.named(name).orElseThrow(() ->
                    new UsageException("", (name.startsWith("-") ? "expected a command before option '" + name + "'"
                            : "unknown command '" + name + "'" + Commands.suggestion(name))));
            ParsedOptions options = OptionParser.parse(command, arguments.subList(1, arguments.size()));
            if (options.has(OptionParser.HELP)) {
                HelpText.printCommand(out, command);
                return SUCCESS;
            }
            try (CommandContext context = new CommandContext(options, out, err, environment)) {
                return command.run(context);
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run '" + HelpText.PROGRAM + " " + (e.command().isEmpty() ? "help" : e.command() + " --help")
                    + "' for usage.");
            return USAGE_ERROR;
        } catch (QuarryException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return FAILURE;
        } catch (RuntimeException e) {
            err.println("error: " + e);
            return FAILURE;
        }
    }
}
