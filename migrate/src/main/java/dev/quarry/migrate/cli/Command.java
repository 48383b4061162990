package dev.quarry.migrate.cli;

import java.util.List;

/**
 * One command of {@code quarry-migrate}: its name, its help and its options, and what it does.
 * Commands are listed in {@link Commands}; add a new one there. Implementations are stateless and
 * thread-safe; everything a run needs comes in its {@link CommandContext}.
 */
public interface Command {

    /** The name typed on the command line, e.g. {@code up}. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** What the command does, a few lines for its own help. */
    String description();

    /** The options it accepts besides {@code --help}, in the order its help lists them. */
    List<CommandOption> options();

    /** How many arguments that are not options it accepts; none unless overridden. */
    default int maxArguments() {
        return 0;
    }

    /** What follows the command name in its usage line, e.g. {@code [<command>]}; empty unless overridden. */
    default String argumentSynopsis() {
        return "";
    }

    /**
     * Runs the command, printing results to {@link CommandContext#out()}.
     *
     * @return the exit code: 0 for success, 1 for a failure it reports itself
     * @throws UsageException if the options are wrong in a way the parser cannot tell
     */
    int run(CommandContext context);
}
