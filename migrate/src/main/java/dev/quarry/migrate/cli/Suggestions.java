package dev.quarry.migrate.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * The "did you mean" of a mistyped command or option: the known name closest to what was typed,
 * counting inserted, deleted, replaced and swapped neighbouring characters (optimal string alignment
 * distance), if it is close enough to be a typo: one edit for names of up to four characters, two
 * for longer ones; or the only known name that starts with what was typed. Stateless.
 */
final class Suggestions {
    private Suggestions() {
    }

    /** The known name the typed one most likely meant, if any; the first in order on a tie. */
    static Optional<String> closest(String typed, Collection<String> known) {
        int allowed = typed.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int distance = distance(typed, name);
            if (distance <= allowed && distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        if (best == null && typed.length() >= 2) {
            var extending = known.stream().filter(name -> name.startsWith(typed)).toList();
            if (extending.size() == 1) {
                best = extending.get(0);
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"} for the closest known name, or empty text. */
    static String hint(String typed, Collection<String> known, String prefix) {
        return closest(typed, known).map(name -> "; did you mean '" + prefix + name + "'?").orElse("");
    }

    /** The optimal string alignment distance between two names. */
    static int distance(String from, String to) {
        int[][] cost = new int[from.length() + 1][to.length() + 1];
        for (int i = 0; i <= from.length(); i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= to.length(); j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            for (int j = 1; j <= to.length(); j++) {
                int replace = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1), cost[i - 1][j - 1] + replace);
                if (i > 1 && j > 1 && from.charAt(i - 1) == to.charAt(j - 2) && from.charAt(i - 2) == to.charAt(j - 1)) {
                    best = Math.min(best, cost[i - 2][j - 2] + 1);
                }
                cost[i][j] = best;
            }
        }
        return cost[from.length()][to.length()];
    }
}
