package dev.quarry.migrate.cli;

import java.io.PrintStream;
import java.util.List;

/** The help of {@code quarry-migrate}: the general usage and each command's own. */
final class HelpText {
    static final String PROGRAM = "quarry-migrate";

    private HelpText() {
    }

    /** The general usage: the commands and the connection options. */
    static void printUsage(PrintStream out) {
        out.println("Usage: " + PROGRAM + " <command> [options]");
        out.println();
        out.println("Commands:");
        int width = Commands.all().stream().mapToInt(command -> command.name().length()).max().orElse(0);
        for (Command command : Commands.all()) {
            out.println("  " + pad(command.name(), width) + "  " + command.summary());
        }
        out.println();
        out.println("Options of the commands that work on a database:");
        printOptions(out, DatabaseOptions.with());
        out.println();
        out.println("Run '" + PROGRAM + " help <command>' or '" + PROGRAM + " <command> --help' for a command's"
                + " options.");
        out.println("Exit codes: 0 success, 1 failure, 2 usage error.");
    }

    /** A command's own help. */
    static void printCommand(PrintStream out, Command command) {
        StringBuilder synopsis = new StringBuilder("Usage: " + PROGRAM + " " + command.name());
        if (!command.argumentSynopsis().isEmpty()) {
            synopsis.append(' ').append(command.argumentSynopsis());
        }
        for (CommandOption option : command.options()) {
            if (option.required()) {
                synopsis.append(' ').append(option.synopsis());
            }
        }
        out.println(synopsis.append(" [options]"));
        out.println();
        out.println(command.description());
        out.println();
        out.println("Options:");
        printOptions(out, command.options());
        printOptions(out, List.of(OptionParser.HELP));
    }

    private static void printOptions(PrintStream out, List<CommandOption> options) {
        for (CommandOption option : options) {
            String synopsis = option.synopsis() + (option.name().equals("help") ? ", -h" : "");
            out.println("  " + pad(synopsis, 34) + "  " + option.description()
                    + (option.required() ? " (required)" : ""));
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
