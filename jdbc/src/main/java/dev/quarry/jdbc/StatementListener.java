package dev.quarry.jdbc;

/**
 * Told about every statement a {@link Database} runs, on the thread that ran it, after it
 * finished or failed: for logging and metrics. Must be thread-safe and quick; an exception it
 * throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface StatementListener {
    StatementListener NONE = statement -> { };

    void onStatement(ExecutedStatement statement);
}
