package dev.quarry.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "did you mean" distance and its limits. */
class SuggestionsTest {
    private static final List<String> NAMES = List.of("status", "up", "down", "validate", "baseline", "repair", "diff",
            "generate", "help");

    @Test
    void distanceCountsEditsAndSwapsOfNeighbours() {
        assertEquals(0, Suggestions.distance("status", "status"), "same");
        assertEquals(1, Suggestions.distance("stauts", "status"), "two neighbours swapped count once");
        assertEquals(1, Suggestions.distance("statu", "status"), "one missing");
        assertEquals(1, Suggestions.distance("statuss", "status"), "one extra");
        assertEquals(1, Suggestions.distance("stetus", "status"), "one replaced");
        assertEquals(6, Suggestions.distance("", "status"), "all inserted");
    }

    @Test
    void closeNamesAreSuggestedFarOnesAreNot() {
        assertEquals(Optional.of("status"), Suggestions.closest("stats", NAMES), "one deletion");
        assertEquals(Optional.of("baseline"), Suggestions.closest("basline", NAMES), "one deletion");
        assertEquals(Optional.of("validate"), Suggestions.closest("valdate", NAMES), "one deletion");
        assertEquals(Optional.of("down"), Suggestions.closest("dwon", NAMES), "a swap in a short name");
        assertEquals(Optional.of("generate"), Suggestions.closest("genrate", NAMES), "one deletion");
        assertEquals(Optional.of("repair"), Suggestions.closest("rep", NAMES), "the only name it starts");
        assertEquals(Optional.empty(), Suggestions.closest("d", NAMES), "one letter starts two names and is no typo");
        assertEquals(Optional.empty(), Suggestions.closest("xy", NAMES), "two edits are too many for a short name");
        assertEquals(Optional.empty(), Suggestions.closest("migrate", NAMES), "far from every name");
    }
}
