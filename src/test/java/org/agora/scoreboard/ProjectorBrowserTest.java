package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two browsers: a student submits a quiz in one, and the projector in the other updates without a reload. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ProjectorBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @jakarta.inject.Inject
    org.agora.classroom.ClassroomService classes;

    @Test
    void aSubmissionReachesTheProjectorWithoutAReload() {
        String code = Api.newClass("Projector class");
        classes.setPrivacy(code, "full", "own"); // full names on the projector, so that the test finds the row
        String student = Learners.signUp(code, "Projector Student");
        String onePoint = String.valueOf(java.math.BigDecimal.valueOf(100).divide(Learners.maxTotal(), 0,
                java.math.RoundingMode.HALF_UP).intValue()); // the quiz's one point, in percent of the total
        try (Chromium projector = Chromium.desktop("projector", base); Chromium learner = Chromium.desktop("projector-learner", base)) {
            projector.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            projector.open("/classes/" + code + "/projector");
            assertEquals("Projector class", projector.heading(1).getText());
            assertEquals("0", totalOf(projector, "Projector Student"));
            // A marker that a reload would wipe out.
            ((JavascriptExecutor) projector.driver()).executeScript("window.agoraMarker = 'still here';");
            projector.waitFor(d -> d.findElement(By.id("projector-status")).getText().startsWith("Updated"));

            learner.signIn(student, Api.PASSWORD);
            learner.startQuiz("limited");
            learner.click(Chromium.labelled(learner.driver(), "First"));
            learner.button("Submit answers").click();
            learner.waitForPath("/attempts/");
            learner.waitFor(d -> d.getCurrentUrl().contains("/review"));
            long submitted = System.nanoTime();

            new WebDriverWait(projector.driver(), Duration.ofSeconds(5))
                    .until(d -> onePoint.equals(totalOf(projector, "Projector Student")));
            long waitedMs = (System.nanoTime() - submitted) / 1_000_000;
            assertTrue(waitedMs < 1500, "the projector took " + waitedMs + " ms to show the submission");
            assertEquals("still here", ((JavascriptExecutor) projector.driver()).executeScript("return window.agoraMarker;"),
                    "the projector page must update in place, not reload");
            projector.shot("projector-updated");
            assertEquals(java.util.List.of(), projector.policyViolations(), "the live projector keeps to the policy");
            assertEquals(java.util.List.of(), learner.policyViolations(), "and so do the quiz pages");
        }
    }

    /**
     * The "Score" cell of a learner's row on the projector, without its "%". Read in one
     * script call: the live update replaces the rows at any moment, so element handles go stale.
     */
    private static String totalOf(Chromium b, String name) {
        Object cell = ((JavascriptExecutor) b.driver()).executeScript("""
                const row = [...document.querySelectorAll('#projector-rows tr')]
                    .find(tr => tr.cells[1] && tr.cells[1].textContent.trim() === arguments[0]);
                return row ? row.cells[2].textContent : null;""", name);
        return cell == null ? null : cell.toString().replace("%", "").trim();
    }
}
