package dev.quarry.migrate.cli;

import java.util.List;

/** {@code help [<command>]}: the general usage, or a command's own help. */
final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "shows the help of a command, or this list";
    }

    @Override
    public String description() {
        return "Shows the help of a command, or the list of commands without one.";
    }

    @Override
    public List<CommandOption> options() {
        return List.of();
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public String argumentSynopsis() {
        return "[<command>]";
    }

    @Override
    public int run(CommandContext context) {
        List<String> arguments = context.options().arguments();
        if (arguments.isEmpty()) {
            HelpText.printUsage(context.out());
            return 0;
        }
        Command command = Commands.named(arguments.get(0)).orElseThrow(() ->
                new UsageException("", "unknown command '" + arguments.get(0) + "'"
                        + Commands.suggestion(arguments.get(0))));
        HelpText.printCommand(context.out(), command);
        return 0;
    }
}
