package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a SQL script into statements at each {@code ;} that lies outside single-quoted strings,
 * double-quoted and backtick identifiers, {@code --} and block comments, PostgreSQL dollar-quoted
 * bodies ({@code $$ … $$}, {@code $tag$ … $tag$}) and routine bodies ({@link RoutineBlocks}).
 * Statements are returned without the comments and blanks around them and without the {@code ;};
 * pieces that hold nothing but comments and blanks are dropped.
 *
 * <p>One instance splits one script; use {@link #split}. Not thread-safe.
 */
final class StatementSplitter {
    private final String script;
    private final ScriptSyntax syntax;
    private final List<String> statements = new ArrayList<>();
    private final RoutineBlocks blocks = new RoutineBlocks();
    private int position;
    private int contentStart = -1;
    private int contentEnd = -1;
    private int lastWordEnd = -1;
    private String lastWord = "";

    private StatementSplitter(String script, ScriptSyntax syntax) {
        this.script = script;
        this.syntax = syntax;
    }

    /** The statements of a script, in order. */
    static List<String> split(String script, ScriptSyntax syntax) {
        return new StatementSplitter(script, syntax).run();
    }

    private List<String> run() {
        while (position < script.length()) {
            char current = script.charAt(position);
            char next = position + 1 < script.length() ? script.charAt(position + 1) : '\0';
            if (current == '\'') {
                boolean escapeString = lastWordEnd == position && lastWord.equalsIgnoreCase("E");
                skipQuoted('\'', syntax.backslashEscapesInStrings() || escapeString);
            } else if (current == '"' || current == '`') {
                skipQuoted(current, false);
            } else if ((current == '-' && next == '-') || (current == '#' && syntax.hashLineComments())) {
                skipTo("\n", position);
            } else if (current == '/' && next == '*') {
                skipTo("*/", position + 2);
            } else if (current == '$' && dollarTag() != null) {
                String tag = dollarTag();
                markContent();
                skipTo(tag, position + tag.length());
                contentEnd = position;
            } else if (isWordCharacter(current)) {
                readWord();
            } else if (current == ';') {
                if (blocks.endsStatementAtSemicolon()) {
                    finishStatement();
                }
                position++;
            } else {
                boolean content = !Character.isWhitespace(current);
                if (content) {
                    markContent();
                }
                position++;
                if (content) {
                    contentEnd = position;
                }
            }
        }
        finishStatement();
        return statements;
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        markContent();
        position++;
        while (position < script.length()) {
            char current = script.charAt(position);
            if (current == '\\' && backslashEscapes) {
                position += 2;
            } else if (current == quote) {
                position++;
                if (position < script.length() && script.charAt(position) == quote) {
                    position++;
                } else {
                    contentEnd = position;
                    return;
                }
            } else {
                position++;
            }
        }
        contentEnd = position;
    }

    /** Moves past the next occurrence of the terminator at or after from, or to the end. */
    private void skipTo(String terminator, int from) {
        int end = script.indexOf(terminator, from);
        position = end < 0 ? script.length() : end + terminator.length();
    }

    /** The dollar-quote tag starting here ({@code $$} or {@code $name$}), or null if this {@code $} starts none. */
    private @Nullable String dollarTag() {
        int end = position + 1;
        while (end < script.length() && isTagCharacter(script.charAt(end), end == position + 1)) {
            end++;
        }
        return end < script.length() && script.charAt(end) == '$' ? script.substring(position, end + 1) : null;
    }

    private void readWord() {
        markContent();
        int start = position;
        while (position < script.length() && isWordCharacter(script.charAt(position))) {
            position++;
        }
        lastWord = script.substring(start, position);
        lastWordEnd = position;
        contentEnd = position;
        blocks.word(lastWord);
    }

    private void markContent() {
        if (contentStart < 0) {
            contentStart = position;
        }
    }

    private void finishStatement() {
        if (contentStart >= 0) {
            statements.add(script.substring(contentStart, contentEnd));
        }
        contentStart = -1;
        contentEnd = -1;
        blocks.reset();
    }

    private static boolean isWordCharacter(char character) {
        return Character.isLetterOrDigit(character) || character == '_' || character == '$';
    }

    private static boolean isTagCharacter(char character, boolean first) {
        return Character.isLetter(character) || character == '_' || (!first && Character.isDigit(character));
    }
}
