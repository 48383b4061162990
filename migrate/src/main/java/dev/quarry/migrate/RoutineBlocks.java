package dev.quarry.migrate;

import java.util.Set;

/**
 * Tells whether a {@code ;} ends a statement or lies inside the body of a trigger, procedure,
 * function or event ({@code CREATE TRIGGER … BEGIN …; END}), from the words of the statement.
 * Only a statement that starts with CREATE and names a routine within its first words counts
 * BEGIN … END blocks, so a script's own {@code BEGIN;} and {@code COMMIT;} still split. Within a
 * routine, BEGIN and CASE open a block and END closes one; {@code END IF}, {@code END LOOP},
 * {@code END WHILE}, {@code END REPEAT} and {@code END FOR} close nothing that was counted.
 *
 * <p>Mutable state of one splitter; not thread-safe.
 */
final class RoutineBlocks {
    private static final Set<String> ROUTINES = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> UNCOUNTED_AFTER_END = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");
    private static final int ROUTINE_WORD_WINDOW = 12;

    private int wordsSeen;
    private boolean startsWithCreate;
    private boolean routine;
    private int depth;
    private boolean afterEnd;

    /** Takes the next word of the statement, outside strings and comments. */
    void word(String word) {
        String upper = word.toUpperCase(java.util.Locale.ROOT);
        wordsSeen++;
        if (wordsSeen == 1) {
            startsWithCreate = upper.equals("CREATE");
            return;
        }
        if (!routine) {
            routine = startsWithCreate && wordsSeen <= ROUTINE_WORD_WINDOW && ROUTINES.contains(upper);
            return;
        }
        if (afterEnd) {
            afterEnd = false;
            if (UNCOUNTED_AFTER_END.contains(upper)) {
                return;
            }
            depth--;
            if (upper.equals("CASE")) {
                return;
            }
        }
        if (upper.equals("BEGIN") || upper.equals("CASE")) {
            depth++;
        } else if (upper.equals("END")) {
            afterEnd = true;
        }
    }

    /** Whether a {@code ;} here ends the statement. */
    boolean endsStatementAtSemicolon() {
        if (afterEnd) {
            afterEnd = false;
            depth--;
        }
        return depth <= 0;
    }

    /** Starts over for the next statement. */
    void reset() {
        wordsSeen = 0;
        startsWithCreate = false;
        routine = false;
        depth = 0;
        afterEnd = false;
    }
}
