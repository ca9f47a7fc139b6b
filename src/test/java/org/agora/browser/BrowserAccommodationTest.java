package org.agora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An instructor gives a learner 50 % extra time on the learner's page; the learner sees the longer
 * limit on the timed quiz's overview ("your time limit: 30 minutes" for the fixture's 20) and the
 * timer of the attempt counts down from 30 minutes, while a classmate's counts from 20.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserAccommodationTest {

    static final String QUIZ = "twenty-minutes";

    @TestHTTPResource("/")
    URL base;

    @Test
    void fiftyPercentExtraTimeGivenOnTheLearnersPageIsTheLearnersLongerLimit() {
        String code = Api.newClass("Accommodation browser " + System.nanoTime());
        String learner = Api.newStudent(code);
        String classmate = Api.newStudent(code);

        try (Chromium t = Chromium.desktop("accommodation-instructor", base)) {
            t.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            t.open("/instructor/classes/" + code);
            t.submitWith(t.driver().findElement(By.xpath("//a[contains(@href, '/learners/" + learner + "')]")));
            t.waitForPath("/instructor/classes/" + code + "/learners/" + learner);
            assertTrue(t.mainText().contains("No extra time in this class."), t.mainText());
            WebElement percent = t.field("Extra time (%)");
            t.tabTo(percent);
            percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "50");
            t.submitWith(t.button("Save extra time"));
            String page = t.mainText();
            assertTrue(page.contains("Extra time saved: 50 % on every timed quiz."), page);
            assertTrue(page.contains("time limit: 30 minutes for this learner (the quiz's: 20 minutes)"), page);
            assertTrue(page.contains("50 % extra time on every timed quiz"), "listed under accommodations: " + page);
            assertTrue(page.contains("Extra time: 50 % on every timed quiz (was none)"), "recorded: " + page);
            assertEquals(List.of(), t.policyViolations());
        }

        try (Chromium b = Chromium.desktop("accommodation-learner", base)) {
            b.signIn(learner, Api.PASSWORD);
            b.open("/quizzes/" + QUIZ);
            String limit = b.driver().findElement(By.className("your-time-limit")).getText();
            assertEquals("your time limit: 30 minutes", limit);
            b.submitWith(b.button("Start the quiz"));
            b.waitForPath("/attempts/");
            int minutes = timerMinutes(b);
            assertEquals(30, minutes, "the timer counts down from 30 minutes");
        }

        try (Chromium c = Chromium.desktop("accommodation-classmate", base)) {
            c.signIn(classmate, Api.PASSWORD);
            c.open("/quizzes/" + QUIZ);
            assertTrue(c.driver().findElements(By.className("your-time-limit")).isEmpty(), "a classmate has the quiz's own");
            c.submitWith(c.button("Start the quiz"));
            c.waitForPath("/attempts/");
            int minutes = timerMinutes(c);
            assertEquals(20, minutes, "the classmate's timer counts down from 20 minutes");
        }
    }

    /**
     * Extra time given while the learner's attempt is open reaches the open page without a reload:
     * the page asks again when it comes back into view (and every minute), moves its timer from 20
     * to 30 minutes and says so in its status line.
     */
    @Test
    void extraTimeGivenDuringAnOpenAttemptMovesTheTimerWithoutAReload() {
        String code = Api.newClass("Accommodation live " + System.nanoTime());
        String learner = Api.newStudent(code);
        try (Chromium b = Chromium.desktop("accommodation-live", base)) {
            b.signIn(learner, Api.PASSWORD);
            b.open("/quizzes/" + QUIZ);
            b.submitWith(b.button("Start the quiz"));
            b.waitForPath("/attempts/");
            assertEquals(20, timerMinutes(b));
            Object marker = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return window.agoraMark = 1;");
            assertEquals(1L, marker);

            Api.admin().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("extraTimePercent", 50))
                    .put("/api/v1/classes/" + code + "/learners/" + learner + "/extra-time").then().statusCode(200);
            ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("document.dispatchEvent(new Event('visibilitychange'));");

            WebElement warning = b.driver().findElement(By.className("timer-warning"));
            b.waitFor(d -> warning.getText().startsWith("Your time changed: you now have until "));
            assertEquals(30, timerMinutes(b), "the timer follows the new deadline");
            assertTrue(b.driver().findElement(By.className("timer-until")).getText().startsWith("(until "),
                    b.driver().findElement(By.className("timer-until")).getText());
            assertEquals(1L, ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return window.agoraMark;"),
                    "the same page, not a reload");
        }
    }

    /** The minutes left on the attempt's timer, rounded up ("30 minutes left"). */
    private static int timerMinutes(Chromium b) {
        WebElement value = b.driver().findElement(By.className("timer-value"));
        b.waitFor(d -> value.getText().matches("\\d+ minutes left"));
        return Integer.parseInt(value.getText().split(" ")[0]);
    }
}
