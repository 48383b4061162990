package dev.quarry.migrate.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CREATE TABLE text SQLite keeps for a table, searched for what its pragmas leave out: the
 * names of constraints ({@code CONSTRAINT "name" UNIQUE ("a", "b")}) and the conditions of named
 * checks. Immutable.
 */
record CreateTableText(String sql) {
    private static final Pattern NAMED = Pattern.compile(
            "CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|`[^`]+`|\\w+)\\s+(UNIQUE|FOREIGN\\s+KEY|CHECK)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    /**
     * The name of the constraint of this kind on these columns, or the fallback if the text names
     * none.
     */
    String constraintName(String kind, List<String> columns, String fallback) {
        Matcher matcher = NAMED.matcher(sql);
        while (matcher.find()) {
            if (matcher.group(2).replaceAll("\\s+", " ").equalsIgnoreCase(kind)) {
                String body = parenthesised(matcher.end() - 1);
                if (columnNames(body).equals(columns)) {
                    return unquote(matcher.group(1));
                }
            }
        }
        return fallback;
    }

    /** The named checks and their conditions, in order of appearance. */
    Map<String, String> namedChecks() {
        Map<String, String> checks = new LinkedHashMap<>();
        Matcher matcher = NAMED.matcher(sql);
        while (matcher.find()) {
            if (matcher.group(2).equalsIgnoreCase("CHECK")) {
                checks.put(unquote(matcher.group(1)), parenthesised(matcher.end() - 1));
            }
        }
        return checks;
    }

    /** The text inside the parentheses opening at this position, quotes respected. */
    private String parenthesised(int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return sql.substring(open + 1, i);
            }
        }
        return sql.substring(open + 1);
    }

    private static List<String> columnNames(String list) {
        return List.of(list.split(",")).stream().map(String::trim).map(CreateTableText::unquote).toList();
    }

    private static String unquote(String identifier) {
        if (identifier.length() >= 2 && (identifier.startsWith("\"") || identifier.startsWith("`"))) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier;
    }
}
