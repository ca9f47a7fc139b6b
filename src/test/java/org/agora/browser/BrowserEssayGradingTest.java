package org.agora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An essay from the learner's keyboard to the graded review: the learner writes (the word count
 * follows, the answer autosaves and survives a reload), submits and sees "awaiting grading"; an
 * instructor grades both essays with the keyboard alone ("Save and next"); the learner reads the
 * points per criterion and the comment. No page breaks the Content-Security-Policy.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserEssayGradingTest {

    static final String QUIZ = "essays";
    static final String VERDICT = "The essay convinces me on principle. It rests on the history after 1945 [P3], "
            + "but it does not answer the objection that a statement is not a practice.";

    /** The answer as the server has it (autosave is asynchronous: the test waits for it there). */
    static String saved(String learner, String attempt, String question) {
        String text = Api.student(learner).get("/api/v1/attempts/" + attempt).then().statusCode(200).extract()
                .path("answers." + question + ".text");
        return text == null ? "" : text;
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void writeSubmitGradeWithTheKeyboardAndReadTheGrade() {
        String code = Api.newClass("Essay browser " + System.nanoTime());
        String learner = Api.newStudent(code);
        String attemptPath;
        try (Chromium b = Chromium.desktop("essay-learner", base)) {
            b.signIn(learner, Api.PASSWORD);
            b.open("/quizzes/" + QUIZ);
            b.submitWith(b.button("Start the quiz"));
            b.waitForPath("/attempts/");
            attemptPath = b.path();

            WebElement choice = b.section("Which body adopted");
            b.click(choice.findElement(By.xpath(".//label[normalize-space()='The General Assembly']")));
            b.waitForStatus(choice, "Saved");

            WebElement verdict = b.section("Give your verdict");
            WebElement area = verdict.findElement(By.tagName("textarea"));
            b.tabTo(area);
            b.type(VERDICT);
            WebElement count = verdict.findElement(By.className("word-count-value"));
            b.waitFor(d -> count.getText().equals("28"));
            b.waitForStatus(verdict, "Saved");
            int before = area.getSize().getHeight();
            b.type(Keys.ENTER + "Second paragraph." + (Keys.ENTER + "More.").repeat(8));
            b.waitFor(d -> area.getSize().getHeight() > before);
            String id = attemptPath.substring("/attempts/".length());
            b.waitFor(d -> saved(learner, id, "verdict").endsWith("More."));

            WebElement statement = b.section("Say what the 1997 statement did");
            b.tabTo(statement.findElement(By.tagName("textarea")));
            b.type("China signed a joint statement with France.");
            b.waitForStatus(statement, "Saved");

            b.open(attemptPath);
            String kept = b.section("Give your verdict").findElement(By.tagName("textarea")).getAttribute("value");
            assertTrue(kept.startsWith(VERDICT) && kept.endsWith("More."), "the answer survives a reload: " + kept);

            b.tabTo(b.button("Submit answers"));
            b.press(Keys.ENTER);
            b.waitForPath(attemptPath + "/review");
            String score = b.driver().findElement(By.xpath("//section[@aria-label='Score']")).getText();
            assertTrue(score.contains("Awaiting grading"), score);
            assertFalse(score.contains("Not passed"), score);
            assertEquals(List.of(), b.policyViolations());
        }

        try (Chromium t = Chromium.desktop("essay-grader", base)) {
            t.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            t.open("/instructor/classes/" + code);
            t.tabTo(t.driver().findElement(By.xpath("//a[contains(@href, '/quizzes/" + QUIZ + "/grading')]")));
            t.press(Keys.ENTER);
            t.waitForPath("/instructor/classes/" + code + "/quizzes/" + QUIZ + "/grading");
            assertEquals("2", t.driver().findElement(By.xpath("//dt[normalize-space()='To grade']/following-sibling::dd[1]")).getText());

            t.tabTo(t.driver().findElements(By.cssSelector("table.grading-queue a")).get(0));
            t.press(Keys.ENTER);
            t.waitForPath("/instructor/classes/" + code + "/quizzes/" + QUIZ + "/grading/");
            assertTrue(t.mainText().contains("The essay convinces me on principle."), "the answer is shown");
            assertTrue(t.mainText().contains("Strong answers"), "the marking notes are shown to the grader");
            // The first criterion has focus when the page opens: type, Tab, type.
            assertEquals("criterion-1", t.focused().getAttribute("id"));
            t.type("3.5");
            t.press(Keys.TAB);
            t.type("3");
            t.press(Keys.TAB);
            t.type("1");
            t.tabTo(t.field("Comment to the learner"));
            t.type("Clear. Now *answer* the objection.");
            WebElement next = t.button("Save and next");
            t.tabTo(next);
            t.press(Keys.ENTER);
            t.waitFor(d -> t.text().contains("Say what the 1997 statement did"));
            assertEquals("points", t.focused().getAttribute("id"), "the next answer opens with its points field focused");
            t.type("2.5");
            t.tabTo(t.button("Save"));
            t.press(Keys.ENTER);
            t.waitFor(d -> t.text().contains("Saved."));
            assertEquals(List.of(), t.policyViolations());
        }

        try (Chromium b = Chromium.desktop("essay-graded", base)) {
            b.signIn(learner, Api.PASSWORD);
            b.open(attemptPath + "/review");
            String score = b.driver().findElement(By.xpath("//section[@aria-label='Score']")).getText();
            assertTrue(score.contains("12 of 15 points"), "2 + 7.5 + 2.5: " + score);
            assertTrue(score.contains("Passed"), score);
            String page = b.mainText();
            assertTrue(page.contains("Graded · 7.5 of 10"), page);
            assertTrue(page.contains("3.5 of 4"), page);
            assertTrue(page.contains("Clear. Now answer the objection."), page);
            assertEquals("answer", b.driver().findElement(By.xpath("//div[contains(@class,'feedback')]//em")).getText());
            assertTrue(page.contains("Marking notes"), page);
            assertEquals(List.of(), b.policyViolations());
        }
    }
}
