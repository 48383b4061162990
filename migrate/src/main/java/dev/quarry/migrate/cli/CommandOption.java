package dev.quarry.migrate.cli;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An option a command accepts: {@code --name value}, {@code --name=value}, or a flag without value.
 * Immutable.
 *
 * @param name the option without its dashes, e.g. {@code url}
 * @param valueName what the value is, for the help (e.g. {@code version}); null for a flag
 * @param description one line for the help
 * @param required whether the command needs it
 * @param repeatable whether it may be given more than once
 */
public record CommandOption(String name, @Nullable String valueName, String description, boolean required,
        boolean repeatable) {

    public CommandOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /** An optional option with a value, given at most once. */
    public static CommandOption valued(String name, String valueName, String description) {
        return new CommandOption(name, valueName, description, false, false);
    }

    /** An optional flag. */
    public static CommandOption flag(String name, String description) {
        return new CommandOption(name, null, description, false, false);
    }

    /** This option, required. */
    public CommandOption asRequired() {
        return new CommandOption(name, valueName, description, true, repeatable);
    }

    /** This option, repeatable. */
    public CommandOption asRepeatable() {
        return new CommandOption(name, valueName, description, required, true);
    }

    /** Whether the option takes a value. */
    public boolean takesValue() {
        return valueName != null;
    }

    /** How the option is written in the help: {@code --target <version>}. */
    public String synopsis() {
        return "--" + name + (valueName == null ? "" : " <" + valueName + ">");
    }
}
