package dev.quarry.migrate.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Class, property and literal spellings for generated code: {@code invoice_line} and
 * {@code InvoiceLine} are class {@code InvoiceLine}; {@code unit_price} is property
 * {@code unitPrice} or {@code UnitPrice}. Stateless.
 */
final class Names {
    /** Words neither Java nor Kotlin accept as names (Kotlin's are escaped with backticks). */
    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "var", "record", "yield", "_");
    private static final Set<String> KOTLIN_KEYWORDS = Set.of("as", "break", "class", "continue", "do", "else", "false",
            "for", "fun", "if", "in", "interface", "is", "null", "object", "package", "return", "super", "this", "throw",
            "true", "try", "typealias", "typeof", "val", "var", "when", "while");

    private Names() {
    }

    /** The words of a database name: split at non-letters-or-digits and at changes of letter case. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            boolean upper = Character.isUpperCase(c);
            boolean afterLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
            boolean acronymEnd = i > 0 && Character.isUpperCase(name.charAt(i - 1)) && i + 1 < name.length()
                    && Character.isLowerCase(name.charAt(i + 1));
            if (upper && (afterLower || acronymEnd)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return startable(out.toString(), "T");
    }

    static String camel(String name) {
        String pascal = pascal(name);
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    static String property(String name, PropertyNaming naming) {
        return naming == PropertyNaming.PASCAL ? pascal(name) : camel(name);
    }

    private static String startable(String name, String prefix) {
        return name.isEmpty() ? prefix : Character.isDigit(name.charAt(0)) ? prefix + name : name;
    }

    /** The name as a Java identifier: keywords get a trailing underscore. */
    static String java(String name) {
        return JAVA_KEYWORDS.contains(name) ? name + "_" : name;
    }

    /** The name as a Kotlin identifier: keywords in backticks. */
    static String kotlin(String name) {
        return KOTLIN_KEYWORDS.contains(name) ? "`" + name + "`" : name;
    }

    /** Whether an enum label can be a constant's name in both languages as it is. */
    static boolean isIdentifier(String label) {
        if (label.isEmpty() || !Character.isJavaIdentifierStart(label.charAt(0)) || label.contains("$")
                || JAVA_KEYWORDS.contains(label) || KOTLIN_KEYWORDS.contains(label)) {
            return false;
        }
        return label.chars().allMatch(Character::isJavaIdentifierPart);
    }

    /** SQL as the text of {@code Functions.sql}, whose braces are placeholders. */
    static String templateText(String sql) {
        return sql.replace("{", "{{");
    }

    /** A string literal, the same in Java and Kotlin except that Kotlin escapes {@code $}. */
    static String literal(String text, Language language) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$' -> out.append(language == Language.KOTLIN ? "\\$" : "$");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
