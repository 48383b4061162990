package dev.quarry.migrate.cli;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options and arguments given to one command, checked against what it accepts. Immutable.
 *
 * @param command the command's name
 * @param values the values of each option given, by option name; a flag maps to an empty list
 * @param arguments the arguments that are not options, in order
 */
public record ParsedOptions(String command, Map<String, List<String>> values, List<String> arguments) {
    public ParsedOptions {
        values = Map.copyOf(values);
        arguments = List.copyOf(arguments);
    }

    /** Whether the option was given. */
    public boolean has(CommandOption option) {
        return values.containsKey(option.name());
    }

    /** The option's value, or null if it was not given. */
    public @Nullable String value(CommandOption option) {
        List<String> given = values.get(option.name());
        return given == null || given.isEmpty() ? null : given.get(0);
    }

    /** Every value given for a repeatable option, in order. */
    public List<String> valuesOf(CommandOption option) {
        return values.getOrDefault(option.name(), List.of());
    }

    /**
     * The option's value as a whole number.
     *
     * @throws UsageException if it is not one
     */
    public @Nullable Long longValue(CommandOption option) {
        String text = value(option);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(command, "--" + option.name() + " needs a whole number, got '" + text + "'");
        }
    }

    /**
     * The value of a required option as a whole number of at least a minimum.
     *
     * @throws UsageException if it is missing, not a whole number or too small
     */
    public long requiredLong(CommandOption option, long minimum) {
        Long number = longValue(option);
        if (number == null) {
            throw new UsageException(command, command + " needs option " + option.synopsis());
        }
        if (number < minimum) {
            throw new UsageException(command, "--" + option.name() + " must be at least " + minimum + ", got "
                    + number);
        }
        return number;
    }
}
