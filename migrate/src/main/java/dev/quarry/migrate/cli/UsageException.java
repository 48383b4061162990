package dev.quarry.migrate.cli;

/**
 * The command line was wrong: an unknown command or option, a missing or malformed value. The
 * message names what was wrong; {@link QuarryMigrate} prints it with a pointer to the help and
 * exits with code 2.
 */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String command;

    /** @param command the command whose help applies, or empty for the general usage */
    public UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    /** The command whose help applies, or empty for the general usage. */
    public String command() {
        return command;
    }
}
