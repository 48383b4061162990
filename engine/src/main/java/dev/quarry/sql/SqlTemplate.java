package dev.quarry.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SQL text written by hand with numbered placeholders for expressions:
 * {@code similarity({0}, {1})}. Each placeholder is rendered as its expression in the statement's
 * dialect (a column quoted, a value bound), so values never become part of the text. <code>{{</code>
 * writes a literal brace.
 *
 * <p>The text may not contain {@code ?} (values are passed as expressions, never as JDBC
 * parameter markers), a semicolon or a comment, and every argument must be used at least once.
 * Immutable and compared structurally.
 *
 * @param fragments the text between placeholders, one more than {@code placeholders}
 * @param placeholders the argument each placeholder stands for, in the order they appear
 * @param arguments the expressions placeholders refer to, by number
 */
public record SqlTemplate(List<String> fragments, List<Integer> placeholders, List<Expression<?>> arguments) {

    public SqlTemplate {
        fragments = List.copyOf(fragments);
        placeholders = List.copyOf(placeholders);
        arguments = List.copyOf(arguments);
        if (fragments.size() != placeholders.size() + 1) {
            throw new IllegalArgumentException("a template of " + placeholders.size() + " placeholders has "
                    + (placeholders.size() + 1) + " fragments, got " + fragments.size());
        }
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException naming the problem, if a placeholder has no argument, an
     *     argument is not used, a brace is not closed, or the text holds {@code ?}, {@code ;} or a
     *     comment
     */
    public static SqlTemplate parse(String text, List<? extends Expression<?>> arguments) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < arguments.size(); i++) {
            Objects.requireNonNull(arguments.get(i), () -> "argument of the SQL template is null; pass value(null, type) for a NULL");
        }
        refuseUnsafeText(text);
        List<String> fragments = new ArrayList<>();
        List<Integer> placeholders = new ArrayList<>();
        boolean[] used = new boolean[arguments.size()];
        StringBuilder fragment = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                fragment.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                fragment.append('}');
                i += 2;
            } else if (c == '{') {
                int close = text.indexOf('}', i);
                String number = close < 0 ? "" : text.substring(i + 1, close);
                if (number.isEmpty() || !number.chars().allMatch(Character::isDigit) || number.length() > 4) {
                    throw new IllegalArgumentException("SQL template \"" + text + "\" has a '{' at " + i
                            + " that opens no placeholder {0}, {1}, …; write {{ for a brace");
                }
                int index = Integer.parseInt(number);
                if (index >= arguments.size()) {
                    throw new IllegalArgumentException("SQL template \"" + text + "\" refers to {" + index + "} but has "
                            + arguments.size() + " argument" + (arguments.size() == 1 ? "" : "s"));
                }
                used[index] = true;
                placeholders.add(index);
                fragments.add(fragment.toString());
                fragment.setLength(0);
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("SQL template \"" + text + "\" has a '}' at " + i
                        + " that closes no placeholder; write }} for a brace");
            } else {
                fragment.append(c);
                i++;
            }
        }
        fragments.add(fragment.toString());
        for (int argument = 0; argument < used.length; argument++) {
            if (!used[argument]) {
                throw new IllegalArgumentException("SQL template \"" + text + "\" does not use argument {" + argument + "}");
            }
        }
        return new SqlTemplate(fragments, placeholders, List.copyOf(arguments));
    }

    /** The expression of the placeholder at a position, in the order placeholders appear. */
    public Expression<?> argumentAt(int placeholder) {
        return arguments.get(placeholders.get(placeholder));
    }

    private static void refuseUnsafeText(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("SQL template is empty");
        }
        if (text.indexOf('?') >= 0) {
            throw new IllegalArgumentException("SQL template \"" + text + "\" contains '?': pass values as arguments"
                    + " ({0}, {1}, … with value(…, type) or a literal), never as JDBC parameter markers");
        }
        if (text.indexOf(';') >= 0 || text.contains("--") || text.contains("/*")) {
            throw new IllegalArgumentException("SQL template \"" + text + "\" contains a statement separator or a comment;"
                    + " a template is one expression");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("SQL template contains a NUL character");
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(fragments.get(0));
        for (int i = 0; i < placeholders.size(); i++) {
            text.append(argumentAt(i)).append(fragments.get(i + 1));
        }
        return text.toString();
    }
}
