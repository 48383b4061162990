package dev.quarry.migrate.codegen;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Glob patterns over table names: {@code *} any run of characters, {@code ?} one character,
 * letter case ignored. Immutable.
 */
final class TablePatterns {
    private final List<Pattern> include;
    private final List<Pattern> exclude;

    TablePatterns(List<String> include, List<String> exclude) {
        this.include = include.stream().map(TablePatterns::compile).toList();
        this.exclude = exclude.stream().map(TablePatterns::compile).toList();
    }

    /** Whether a table is included (by no pattern, or a matching one) and excluded by none. */
    boolean selects(String table) {
        boolean included = include.isEmpty() || include.stream().anyMatch(pattern -> pattern.matcher(table).matches());
        return included && exclude.stream().noneMatch(pattern -> pattern.matcher(table).matches());
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
