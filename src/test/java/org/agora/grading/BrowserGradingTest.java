package org.agora.grading;

import static org.agora.grading.GradingApiTest.VERDICT;
import static org.agora.grading.GradingApiTest.answer;
import static org.agora.grading.GradingApiTest.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import org.agora.attempt.AttemptClient;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Grading on a tablet with the keyboard alone: the answer and the form side by side held
 * landscape, stacked held portrait; the first points field has the focus, Tab goes through the
 * criteria, the comment and both buttons, Enter saves.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserGradingTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAnswerIsGradedWithTheKeyboardOnATabletEitherWayUp() {
        String code = Api.newClass("Tablet grading " + System.nanoTime());
        AttemptClient a = submitted(code, VERDICT);
        String queue = "/instructor/classes/" + code + "/quizzes/" + GradingApiTest.QUIZ + "/grading";
        try (Chromium b = Chromium.desktop("grading", base)) {
            b.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            b.driver().manage().window().setSize(new Dimension(1024, 768));
            b.open(queue);
            b.submitWith(b.link("Student " + a.user + " (" + a.user + ")"));
            b.waitForPath(queue + "/" + a.id + "/verdict");
            b.shot("landscape");
            WebElement answer = b.driver().findElement(By.className("grading-answer"));
            WebElement panel = b.driver().findElement(By.className("grade-panel"));
            assertTrue(answer.getRect().getX() + answer.getRect().getWidth() <= panel.getRect().getX(), "side by side in landscape");
            assertEquals(answer.getRect().getY(), panel.getRect().getY(), 2, "side by side in landscape");

            // The first criterion has the focus; Tab goes on in reading order, focus always visible.
            assertEquals(b.field("States a clear verdict. (of 4)"), b.focused());
            b.type("4");
            b.press(Keys.TAB);
            assertEquals(b.field("Uses a claim of the essay, cited. (of 3)"), b.focused());
            b.type("2.5");
            b.press(Keys.TAB);
            assertEquals(b.field("Answers an objection. (of 3)"), b.focused());
            b.type("3");
            b.press(Keys.TAB);
            assertEquals(b.field("Comment to the learner"), b.focused());
            b.type("Clear verdict.");
            assertEquals("solid", outline(b));
            b.press(Keys.TAB);
            assertEquals(b.button("Save"), b.focused());
            b.press(Keys.TAB);
            assertEquals(b.button("Save and next"), b.focused());
            assertEquals("solid", outline(b));
            b.assertNotObscured(b.focused());
            b.press(Keys.ENTER);
            b.waitForPath(queue + "/" + a.id + "/statement?saved");
            assertEquals(0, new BigDecimal("9.5").compareTo(new BigDecimal(answer(code, a, "verdict").getString("grade.points"))));

            // Portrait: stacked, nothing wider than the window; Enter in the points field saves.
            b.driver().manage().window().setSize(new Dimension(768, 1024));
            b.open(queue + "/" + a.id + "/statement");
            b.shot("portrait");
            answer = b.driver().findElement(By.className("grading-answer"));
            panel = b.driver().findElement(By.className("grade-panel"));
            assertTrue(panel.getRect().getY() >= answer.getRect().getY() + answer.getRect().getHeight(), "stacked in portrait");
            long[] widths = b.widths();
            assertTrue(widths[0] <= widths[1], "no sideways scrolling: " + b.overflowing());
            assertEquals(b.field("Points (of 3)"), b.focused());
            b.type("2");
            b.press(Keys.ENTER);
            b.waitForPath(queue + "/" + a.id + "/statement?saved");
            assertTrue(b.mainText().contains("Saved."), b.mainText());
            assertEquals(List.of(), b.policyViolations());
        }
        assertEquals(0, new BigDecimal("2").compareTo(new BigDecimal(answer(code, a, "statement").getString("grade.points"))));
    }

    private static String outline(Chromium b) {
        return (String) ((JavascriptExecutor) b.driver()).executeScript("return getComputedStyle(document.activeElement).outlineStyle;");
    }
}
