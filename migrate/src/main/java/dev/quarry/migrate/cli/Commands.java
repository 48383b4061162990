package dev.quarry.migrate.cli;

import java.util.List;
import java.util.Optional;

/** The commands of {@code quarry-migrate}, in the order the help lists them. Add new commands here. */
final class Commands {
    private static final List<Command> ALL = List.of(
            new StatusCommand(),
            new UpCommand(),
            new DownCommand(),
            new ValidateCommand(),
            new BaselineCommand(),
            new RepairCommand(),
            new DiffCommand(),
            new GenerateCommand(),
            new PullCommand(),
            new HelpCommand());

    private Commands() {
    }

    static List<Command> all() {
        return ALL;
    }

    /** {@code "; did you mean 'status'?"} for a mistyped command name, or empty text. */
    static String suggestion(String typed) {
        return Suggestions.hint(typed, ALL.stream().map(Command::name).toList(), "");
    }

    static Optional<Command> named(String name) {
        return ALL.stream().filter(command -> command.name().equals(name)).findFirst();
    }
}
