package dev.quarry.samples.java.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the Java policy tour on SQLite, and checks the docs show it. */
class PolicyTourTest {

    @Test
    void tenantsSeeTheirOwnProjectsArchivedOnesHideAndBudgetCodesAreMasked() throws IOException {
        Path file = Files.createTempFile("policy-tour", ".db");
        Database db = PolicyTour.openPoliced("jdbc:sqlite:" + file);
        try {
            PolicyTour.createProjects(db);
            long apollo = PolicyTour.startProject(db, 1, "apollo");
            PolicyTour.startProject(db, 1, "gemini");
            PolicyTour.startProject(db, 2, "vostok");
            assertEquals(List.of("apollo", "gemini"), PolicyTour.projectNames(db, 1));
            assertEquals(List.of("vostok"), PolicyTour.projectNames(db, 2));
            assertEquals(0, PolicyTour.archive(db, 2, apollo), "tenant 2 cannot archive tenant 1's project");
            assertEquals(1, PolicyTour.archive(db, 1, apollo));
            assertEquals(List.of("gemini"), PolicyTour.projectNames(db, 1));
            assertEquals(2L, PolicyTour.countWithArchived(db, 1));
            assertEquals(List.of("****ni"), PolicyTour.budgetCodes(db, 1, false));
            assertEquals(List.of("BC-gemini"), PolicyTour.budgetCodes(db, 1, true));
            assertEquals(1, PolicyTour.purgeArchived(db));
            assertEquals(1L, PolicyTour.countWithArchived(db, 1));
            assertEquals(List.of("soyuz"), PolicyTour.renameAndList(db, 2, 3, "soyuz"), "tenant 2's project 3 renamed");
            assertEquals(List.of("gemini"), PolicyTour.renameAndList(db, 1, 3, "hijack"), "tenant 1 cannot rename it");
        } finally {
            db.close();
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theDocsShowEverySnippetOfTheJavaTour() throws IOException {
        TourShop.assertDocsShow("../docs/governance.md", "PolicyTour.java",
                List.of("policy-setup", "policy-tenant", "policy-soft-delete", "policy-mask", "policy-scope"));
    }
}
