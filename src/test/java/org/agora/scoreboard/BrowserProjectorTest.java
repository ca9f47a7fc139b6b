package org.agora.scoreboard;

import static org.agora.scoreboard.Learners.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.agora.account.Account;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The projector in a real Chromium at 1280x720 and 1920x1080: a full class fits without
 * scrolling, an empty one shows how to join, a submission lights up its row; the scoreboard uses
 * the width of the screen and does not push a phone's page sideways.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserProjectorTest {

    private static final int CLASS_SIZE = 30;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEmptyClassShowsTheJoinCodeAndAQrCodeUntilSomeoneJoins() {
        String code = Api.newClass("Empty room");
        try (Chromium b = Chromium.desktop("projector-empty", base)) {
            b.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            size(b, 1280, 720);
            b.open("/classes/" + code + "/projector");
            assertEquals(code, b.driver().findElement(By.id("join-code")).getText());
            assertTrue(b.driver().findElement(By.cssSelector("#join-panel svg.qr")).isDisplayed(), "the QR code shows");
            assertFits(b, "empty class at 1280x720");
            b.shot("empty-1280x720");
            b.waitFor(d -> d.findElement(By.id("projector-status")).getText().startsWith("Updated"));

            Learners.signUp(code, "First Joiner");
            b.waitFor(d -> !d.findElement(By.id("join-panel")).isDisplayed());
            b.shot("first-joined");
            assertEquals(List.of(), b.policyViolations());
        }
    }

    @Test
    void aFullClassFitsBothScreensAndASubmissionHighlightsItsRow() {
        String code = Api.newClass("Full room");
        List<String> learners = new ArrayList<>();
        for (int i = 1; i <= CLASS_SIZE; i++) {
            learners.add(Learners.signUp(code, "Seat " + i));
        }
        for (int i = 0; i < 12; i++) { // a spread of scores
            Learners.take(learners.get(i), "all-types", answers("annan", new Pick(i % 2 == 0 ? "Kofi Annan" : "Jiang Zemin")));
        }
        try (Chromium b = Chromium.desktop("projector-full", base)) {
            b.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            for (int[] screen : new int[][] { { 1280, 720 }, { 1920, 1080 } }) {
                size(b, screen[0], screen[1]);
                String at = screen[0] + "x" + screen[1];
                b.open("/classes/" + code + "/projector");
                assertEquals(10, b.driver().findElements(By.cssSelector("#projector-rows tr")).size());
                assertEquals("Top 10 of " + CLASS_SIZE, b.driver().findElement(By.id("shown-count")).getText());
                assertFits(b, "a class of " + CLASS_SIZE + " at " + at);
                b.shot("full-" + at);
                b.open("/classes/" + code + "/projector?join=1");
                assertTrue(b.driver().findElement(By.cssSelector("#join-panel svg.qr")).isDisplayed());
                assertFits(b, "how to join beside the board at " + at);
                b.shot("join-" + at);
                b.open("/classes/" + code + "/projector?quiz=all-types");
                assertFits(b, "the per-quiz view at " + at);
                b.shot("quiz-" + at);
            }

            size(b, 1280, 720);
            b.open("/classes/" + code + "/projector");
            b.waitFor(d -> d.findElement(By.id("projector-status")).getText().startsWith("Updated"));
            String last = learners.get(CLASS_SIZE - 1);
            String nickname = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(last).orElseThrow().nickname);
            Learners.take(last, "all-types", answers("annan", new Pick("Kofi Annan")));
            b.waitFor(d -> nickname.equals(changedRowName(b)));
            assertEquals(1L, ((JavascriptExecutor) b.driver()).executeScript(
                    "return document.querySelectorAll('#projector-rows tr.changed').length;"), "only the row that changed");
            assertTrue(b.driver().findElement(By.id("projector-status")).getText().contains(nickname),
                    "the status line says who changed");
            b.shot("highlighted");
            assertFits(b, "after the update");
            assertEquals(List.of(), b.policyViolations());

            size(b, 1280, 720);
            b.open("/classes/" + code + "/scoreboard");
            long[] w = b.widths();
            assertTrue(w[0] <= w[1], "the scoreboard scrolls sideways at 1280x720: " + b.overflowing());
            b.shot("scoreboard-1280x720");
        }
        try (Chromium phone = Chromium.phone("scoreboard-phone", base)) {
            phone.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            phone.open("/classes/" + code + "/scoreboard");
            phone.assertNoHorizontalScroll("the scoreboard");
            assertEquals("0", phone.driver().findElement(By.cssSelector(".table-scroll")).getDomAttribute("tabindex"),
                    "the table's scrolling region is reachable by keyboard");
            phone.shot("scoreboard-390");
            phone.open("/classes/" + code + "/quizzes/all-types/stats");
            phone.assertNoHorizontalScroll("item statistics");
            phone.shot("stats-390");
        }
    }

    /** Thirteen learners: two pages, the second every ten seconds, until paused; with reduced motion, only when asked. */
    @Test
    void aLargerClassTurnsItsPagesUntilPaused() throws InterruptedException {
        String code = Api.newClass("Two pages");
        for (int i = 1; i <= 13; i++) {
            Learners.signUp(code, "Row " + i);
        }
        try (Chromium b = Chromium.desktop("projector-pages", base)) {
            b.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            size(b, 1280, 720);
            b.open("/classes/" + code + "/projector");
            b.waitFor(d -> d.findElement(By.id("projector-status")).getText().startsWith("Updated"));
            assertEquals("Top 10 of 13", shown(b));
            WebElement pause = b.button("Pause the pages");
            assertEquals("false", pause.getDomAttribute("aria-pressed"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> "Ranks 11-13 of 13".equals(shown(b)));
            assertEquals(3, b.driver().findElements(By.cssSelector("#projector-rows tr")).size());
            assertEquals(0, b.driver().findElements(By.cssSelector("#projector-rows tr.changed")).size(), "a turned page is not news");
            assertFits(b, "the second page");
            b.shot("second-page");

            b.click(pause);
            assertEquals("Turn the pages", pause.getText());
            assertEquals("true", pause.getDomAttribute("aria-pressed"));
            Thread.sleep(11_000);
            assertEquals("Ranks 11-13 of 13", shown(b), "paused: the page stays");
            assertEquals(List.of(), b.policyViolations());
        }
        try (Chromium still = Chromium.desktop("projector-still", base)) {
            still.reducedMotion();
            still.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            still.open("/classes/" + code + "/projector");
            still.waitFor(d -> d.findElement(By.id("projector-status")).getText().startsWith("Updated"));
            WebElement turn = still.button("Turn the pages");
            Thread.sleep(11_000);
            assertEquals("Top 10 of 13", shown(still), "reduced motion: nothing turns by itself");
            still.click(turn);
            new WebDriverWait(still.driver(), Duration.ofSeconds(20)).until(d -> "Ranks 11-13 of 13".equals(shown(still)));
        }
    }

    private static String shown(Chromium b) {
        return b.driver().findElement(By.id("shown-count")).getText();
    }

    /** A viewport of exactly this size. */
    private static void size(Chromium b, int width, int height) {
        b.viewport(width, height);
        Object inner = ((JavascriptExecutor) b.driver()).executeScript("return [innerWidth, innerHeight];");
        assertEquals(List.of((long) width, (long) height), inner, "the viewport");
    }

    /** Nothing to scroll, either way. */
    private static void assertFits(Chromium b, String what) {
        @SuppressWarnings("unchecked")
        List<Number> m = (List<Number>) ((JavascriptExecutor) b.driver()).executeScript(
                "var e = document.documentElement; return [e.scrollHeight, innerHeight, e.scrollWidth, innerWidth];");
        if (m.get(0).longValue() > m.get(1).longValue() || m.get(2).longValue() > m.get(3).longValue()) {
            b.shot("overflow");
        }
        assertTrue(m.get(0).longValue() <= m.get(1).longValue(), what + ": scrollHeight " + m.get(0) + " > innerHeight " + m.get(1));
        assertTrue(m.get(2).longValue() <= m.get(3).longValue(), what + ": scrollWidth " + m.get(2) + " > innerWidth " + m.get(3));
    }

    /** The name in the highlighted row, read in one script call (the rows are replaced at any moment). */
    private static String changedRowName(Chromium b) {
        Object name = ((JavascriptExecutor) b.driver()).executeScript(
                "var r = document.querySelector('#projector-rows tr.changed'); return r ? r.cells[1].textContent : null;");
        return name == null ? null : name.toString();
    }
}
