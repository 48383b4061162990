package dev.quarry.migrate.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a type change keeps every value: a longer string, a larger integer or float, text from a
 * bounded string, a decimal with at least as many digits on both sides of the point. Works on
 * canonical type names ({@code SchemaConventions#type}). Stateless.
 */
final class TypeWidening {
    private static final Pattern SIZED = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?$");
    private static final List<List<String>> RANKS = List.of(
            List.of("tinyint", "smallint", "mediumint", "int", "bigint"),
            List.of("smallint", "integer", "bigint"),
            List.of("real", "double precision"),
            List.of("real", "double"),
            List.of("float", "double"));
    private static final List<String> STRINGS = List.of("character varying", "varchar", "character", "char");
    private static final List<String> TEXTS = List.of("text", "longtext", "mediumtext");

    private TypeWidening() {
    }

    static boolean widens(String from, String to) {
        Matcher source = SIZED.matcher(from);
        Matcher target = SIZED.matcher(to);
        if (!source.matches() || !target.matches()) {
            return false;
        }
        String fromBase = source.group(1);
        String toBase = target.group(1);
        if (STRINGS.contains(fromBase) && TEXTS.contains(toBase)) {
            return true;
        }
        if (STRINGS.contains(fromBase) && STRINGS.contains(toBase) && source.group(2) != null && target.group(2) != null) {
            boolean sameKind = fromBase.equals(toBase) || toBase.contains("var");
            return sameKind && Integer.parseInt(target.group(2)) >= Integer.parseInt(source.group(2));
        }
        if ((fromBase.equals("numeric") || fromBase.equals("decimal")) && fromBase.equals(toBase)) {
            return decimalWidens(source, target);
        }
        for (List<String> rank : RANKS) {
            int fromRank = rank.indexOf(fromBase);
            int toRank = rank.indexOf(toBase);
            if (fromRank >= 0 && toRank >= 0 && source.group(2) == null && toRank >= fromRank) {
                return true;
            }
        }
        return false;
    }

    private static boolean decimalWidens(Matcher source, Matcher target) {
        if (target.group(2) == null) {
            return true;
        }
        if (source.group(2) == null) {
            return false;
        }
        int fromScale = source.group(3) == null ? 0 : Integer.parseInt(source.group(3));
        int toScale = target.group(3) == null ? 0 : Integer.parseInt(target.group(3));
        int fromWhole = Integer.parseInt(source.group(2)) - fromScale;
        int toWhole = Integer.parseInt(target.group(2)) - toScale;
        return toScale >= fromScale && toWhole >= fromWhole;
    }
}
