package dev.quarry.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads SQL text into tokens and derives its {@link StatementFingerprint}: literals become
 * placeholders, comments and extra white space go, placeholder lists collapse. Quoted identifiers
 * (double quotes, back quotes) are kept; a string literal may double its quote to contain one.
 * Stateless.
 */
final class FingerprintScanner {
    static final String PLACEHOLDER_LIST = "(?…)";
    private static final Set<String> MAIN_OPERATIONS = Set.of("select", "insert", "update", "delete");
    private static final Set<String> UPDATE_MODIFIERS = Set.of("only", "low_priority", "ignore", "or", "replace",
            "rollback", "abort", "fail");

    private enum Kind { WORD, QUOTED, PLACEHOLDER, PUNCTUATION }

    private record Token(Kind kind, String text, boolean spaceBefore, int depth) {
    }

    private FingerprintScanner() {
    }

    static StatementFingerprint scan(String sql) {
        List<Token> tokens = collapseRows(collapseLists(tokens(sql)));
        StringBuilder text = new StringBuilder(sql.length());
        for (Token token : tokens) {
            if (token.spaceBefore() && !text.isEmpty()) {
                text.append(' ');
            }
            text.append(token.text());
        }
        String operation = operation(tokens);
        return new StatementFingerprint(text.toString(), operation, collection(tokens, operation));
    }

    private static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        boolean space = false;
        int at = 0;
        int length = sql.length();
        while (at < length) {
            char c = sql.charAt(at);
            if (Character.isWhitespace(c)) {
                space = true;
                at++;
            } else if (c == '-' && sql.startsWith("--", at)) {
                int end = sql.indexOf('\n', at);
                at = end < 0 ? length : end + 1;
                space = true;
            } else if (c == '/' && sql.startsWith("/*", at)) {
                int end = sql.indexOf("*/", at + 2);
                at = end < 0 ? length : end + 2;
                space = true;
            } else if (c == '\'') {
                at = quotedEnd(sql, at, '\'');
                tokens.add(new Token(Kind.PLACEHOLDER, "?", space, depth));
                space = false;
            } else if (c == '"' || c == '`') {
                int end = quotedEnd(sql, at, c);
                tokens.add(new Token(Kind.QUOTED, sql.substring(at, end), space, depth));
                at = end;
                space = false;
            } else if (Character.isDigit(c)) {
                at = numberEnd(sql, at);
                tokens.add(new Token(Kind.PLACEHOLDER, "?", space, depth));
                space = false;
            } else if (Character.isLetter(c) || c == '_') {
                int end = at + 1;
                while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(at, end), space, depth));
                at = end;
                space = false;
            } else {
                if (c == ')') {
                    depth--;
                }
                tokens.add(new Token(c == '?' ? Kind.PLACEHOLDER : Kind.PUNCTUATION, String.valueOf(c), space, depth));
                if (c == '(') {
                    depth++;
                }
                at++;
                space = false;
            }
        }
        return tokens;
    }

    /** The index after a quoted text starting at {@code start}; a doubled quote stays inside. */
    private static int quotedEnd(String sql, int start, char quote) {
        int at = start + 1;
        while (at < sql.length()) {
            if (sql.charAt(at) == quote) {
                if (at + 1 < sql.length() && sql.charAt(at + 1) == quote) {
                    at += 2;
                    continue;
                }
                return at + 1;
            }
            at++;
        }
        return sql.length();
    }

    private static int numberEnd(String sql, int start) {
        int at = start;
        while (at < sql.length() && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '.')) {
            at++;
        }
        return at;
    }

    /** Replaces each parenthesised list made only of placeholders by one {@link #PLACEHOLDER_LIST} token. */
    private static List<Token> collapseLists(List<Token> tokens) {
        List<Token> result = new ArrayList<>(tokens.size());
        int at = 0;
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            int end = token.text().equals("(") ? placeholderListEnd(tokens, at) : -1;
            if (end < 0) {
                result.add(token);
                at++;
            } else {
                result.add(new Token(Kind.PLACEHOLDER, PLACEHOLDER_LIST, token.spaceBefore(), token.depth()));
                at = end + 1;
            }
        }
        return result;
    }

    /** The index of the closing parenthesis of a list of placeholders opening at {@code open}, or -1. */
    private static int placeholderListEnd(List<Token> tokens, int open) {
        int at = open + 1;
        while (at < tokens.size() && tokens.get(at).kind() == Kind.PLACEHOLDER) {
            at++;
            if (at < tokens.size() && tokens.get(at).text().equals(")")) {
                return at;
            }
            if (at >= tokens.size() || !tokens.get(at).text().equals(",")) {
                return -1;
            }
            at++;
        }
        return -1;
    }

    /** Keeps the first of several placeholder lists in a row ({@code VALUES (?…), (?…)}), followed by {@code , …}. */
    private static List<Token> collapseRows(List<Token> tokens) {
        List<Token> result = new ArrayList<>(tokens.size());
        int at = 0;
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            result.add(token);
            at++;
            if (token.text().equals(PLACEHOLDER_LIST) && isRowAt(tokens, at)) {
                while (isRowAt(tokens, at)) {
                    at += 2;
                }
                result.add(new Token(Kind.PUNCTUATION, ",", false, token.depth()));
                result.add(new Token(Kind.PUNCTUATION, "…", true, token.depth()));
            }
        }
        return result;
    }

    private static boolean isRowAt(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at).text().equals(",") && tokens.get(at + 1).text().equals(PLACEHOLDER_LIST);
    }

    private static String operation(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.get(0).kind() != Kind.WORD) {
            return "statement";
        }
        String first = lower(tokens.get(0).text());
        if (!first.equals("with")) {
            return first;
        }
        for (Token token : tokens) {
            if (token.depth() == 0 && token.kind() == Kind.WORD && MAIN_OPERATIONS.contains(lower(token.text()))) {
                return lower(token.text());
            }
        }
        return first;
    }

    private static @Nullable String collection(List<Token> tokens, String operation) {
        String keyword = switch (operation) {
            case "select", "delete" -> "from";
            case "insert" -> "into";
            case "update" -> "update";
            default -> null;
        };
        if (keyword == null) {
            return null;
        }
        for (int at = 0; at < tokens.size(); at++) {
            Token token = tokens.get(at);
            if (token.depth() == 0 && token.kind() == Kind.WORD && lower(token.text()).equals(keyword)) {
                int name = at + 1;
                while (operation.equals("update") && name < tokens.size() && tokens.get(name).kind() == Kind.WORD
                        && UPDATE_MODIFIERS.contains(lower(tokens.get(name).text()))) {
                    name++;
                }
                return qualifiedName(tokens, name);
            }
        }
        return null;
    }

    /** A possibly schema-qualified name starting at {@code at}, its quotes taken off, or null if none is there. */
    private static @Nullable String qualifiedName(List<Token> tokens, int at) {
        StringBuilder name = new StringBuilder();
        int part = at;
        while (part < tokens.size() && (tokens.get(part).kind() == Kind.WORD || tokens.get(part).kind() == Kind.QUOTED)) {
            name.append(unquoted(tokens.get(part)));
            if (part + 2 < tokens.size() && tokens.get(part + 1).text().equals(".")) {
                name.append('.');
                part += 2;
            } else {
                break;
            }
        }
        return name.isEmpty() ? null : name.toString();
    }

    private static String unquoted(Token token) {
        if (token.kind() != Kind.QUOTED) {
            return token.text();
        }
        String text = token.text();
        char quote = text.charAt(0);
        String inner = text.length() >= 2 && text.charAt(text.length() - 1) == quote ? text.substring(1, text.length() - 1) : text.substring(1);
        return inner.replace(String.valueOf(quote) + quote, String.valueOf(quote));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
