package dev.quarry.migrate.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a command's options ({@code --name value}, {@code --name=value}, flags) and arguments,
 * rejecting unknown options, missing values, repeats of single options and missing required ones.
 * {@code --help} and {@code -h} are accepted by every command. Stateless.
 */
final class OptionParser {
    static final CommandOption HELP = CommandOption.flag("help", "shows this help");

    private OptionParser() {
    }

    static ParsedOptions parse(Command command, List<String> args) {
        Map<String, CommandOption> accepted = new LinkedHashMap<>();
        accepted.put(HELP.name(), HELP);
        for (CommandOption option : command.options()) {
            accepted.put(option.name(), option);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h")) {
                arg = "--help";
            }
            if (!arg.startsWith("--")) {
                if (arg.startsWith("-") && arg.length() > 1) {
                    throw new UsageException(command.name(), "unknown option '" + arg + "' for " + command.name()
                            + Suggestions.hint(arg.replaceFirst("^-+", ""), accepted.keySet(), "--"));
                }
                arguments.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            CommandOption option = accepted.get(name);
            if (option == null) {
                throw new UsageException(command.name(), "unknown option '--" + name + "' for " + command.name()
                        + Suggestions.hint(name, accepted.keySet(), "--"));
            }
            String value = null;
            if (option.takesValue()) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(command.name(), "option --" + name + " needs a value <"
                            + option.valueName() + ">");
                }
            } else if (equals >= 0) {
                throw new UsageException(command.name(), "option --" + name + " takes no value");
            }
            if (values.containsKey(name) && !option.repeatable()) {
                throw new UsageException(command.name(), "option --" + name + " is given more than once");
            }
            List<String> given = values.computeIfAbsent(name, key -> new ArrayList<>());
            if (value != null) {
                given.add(value);
            }
        }
        if (values.containsKey(HELP.name())) {
            return new ParsedOptions(command.name(), values, arguments);
        }
        for (CommandOption option : accepted.values()) {
            if (option.required() && !values.containsKey(option.name())) {
                throw new UsageException(command.name(), command.name() + " needs option " + option.synopsis());
            }
        }
        if (arguments.size() > command.maxArguments()) {
            throw new UsageException(command.name(), "unexpected argument '" + arguments.get(command.maxArguments())
                    + "' for " + command.name());
        }
        return new ParsedOptions(command.name(), values, arguments);
    }
}
