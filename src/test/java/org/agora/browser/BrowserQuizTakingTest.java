package org.agora.browser;

import static org.agora.support.AllTypesQuiz.ORDER;
import static org.agora.support.AllTypesQuiz.SINGLE;
import static org.agora.support.AllTypesQuiz.SINGLE_RIGHT;
import static org.agora.support.AllTypesQuiz.choice;
import static org.agora.support.AllTypesQuiz.order;
import static org.agora.support.AllTypesQuiz.savesSoFar;
import static org.agora.support.AllTypesQuiz.waitForSaved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.agora.support.AllTypesQuiz;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Taking a quiz on a phone (390x844) and a small laptop (1280x720): every control fits and is big
 * enough to tap, the navigator and the answered count follow the answers, items move to the top
 * and by drag and drop, one question per page, the timer's warnings, and where the focus lands.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserQuizTakingTest {

    @TestHTTPResource("/")
    URL base;

    /** The quiz controls lower than 44 CSS pixels (the label is a choice's target, not its small box). */
    @SuppressWarnings("unchecked")
    private static List<String> smallTargets(Chromium b) {
        return (List<String>) ((JavascriptExecutor) b.driver()).executeScript(
                "var out = [];"
                        + "document.querySelectorAll('.attempt button:not(.default-action), .attempt select, .attempt textarea,"
                        + " .attempt input:not([type=hidden]):not([type=radio]):not([type=checkbox]), .attempt .choice label,"
                        + " .attempt summary, .attempt .drag-handle').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.height < 44) out.push(e.tagName + '.' + e.className + ' ' + e.textContent.trim().substring(0, 30) + ': ' + r.height);"
                        + "});"
                        + "return out;");
    }

    private static void assertFits(Chromium b, String what) {
        long[] w = b.widths();
        if (w[0] > w[1]) {
            b.shot("overflow-" + what);
        }
        assertTrue(w[0] <= w[1], what + " scrolls sideways at " + w[1] + " px: scrollWidth " + w[0] + "; too wide: " + b.overflowing());
    }

    private static Object js(Chromium b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    @Test
    void longOptionsFitAPhoneAndALaptopWithTargetsBigEnoughToTap() {
        String code = Api.newClass("Fit class");
        for (int[] size : new int[][] { { 390, 844 }, { 1280, 720 } }) {
            String username = Api.newStudent(code);
            String name = "quiz-fit-" + size[0];
            try (Chromium b = size[0] < 400 ? Chromium.phone(name, base) : Chromium.desktop(name, base)) {
                b.driver().manage().window().setSize(new Dimension(size[0], size[1]));
                b.signIn(username, Api.PASSWORD);
                b.startQuiz("long-options");
                assertFits(b, "the quiz page with a long matching question");
                assertEquals(List.of(), smallTargets(b), "tap targets under 44 px");
                WebElement match = b.section("Match each document");
                b.reveal(match);
                b.shot("matching");
                for (WebElement select : match.findElements(By.tagName("select"))) {
                    assertTrue(select.getRect().getX() + select.getRect().getWidth() <= match.getRect().getX() + match.getRect().getWidth(),
                            "a select stays inside its question");
                    Chromium.select(b.reveal(select)).selectByIndex(4); // the longest option, one unbroken word
                }
                assertFits(b, "the quiz page with the longest options chosen");
                b.reveal(b.section("Put these steps"));
                b.shot("ordering");
                b.click(b.button("Submit answers"));
                b.waitFor(ExpectedConditions.alertIsPresent()).accept();
                b.waitFor(d -> b.path().endsWith("/review"));
                assertEquals("review-title", b.focused().getAttribute("id"), "after submitting, the focus is on the result's heading");
                assertFits(b, "the review with its tables");
                b.reveal(b.driver().findElement(By.className("pair-table")));
                b.shot("review-table");
            }
        }
    }

    @Test
    void theNavigatorAndTheCountFollowTheAnswersAndItemsMoveToTheTopOrByDragging() {
        try (Chromium b = Chromium.desktop("quiz-navigator", base)) {
            b.driver().manage().window().setSize(new Dimension(1280, 720));
            b.signInNewStudent("Navigator class");
            String attemptPath = b.startQuiz(AllTypesQuiz.ID);
            WebElement count = b.driver().findElement(By.className("answered-count"));
            assertEquals("polite", count.getAttribute("aria-live"));
            assertEquals("0 of 7 answered", count.getText());
            WebElement single = b.section(SINGLE);
            String id = single.getAttribute("data-question");
            WebElement navItem = b.driver().findElement(By.cssSelector(".qnav-item[data-question='" + id + "']"));
            assertTrue(navItem.getAttribute("textContent").contains("not answered"), navItem.getAttribute("textContent"));
            long saves = savesSoFar(b);
            b.click(choice(single, SINGLE_RIGHT));
            b.waitFor(d -> count.getText().equals("1 of 7 answered"));
            assertTrue(navItem.getAttribute("class").contains("answered"));
            assertTrue(navItem.getAttribute("textContent").endsWith(", answered"), navItem.getAttribute("textContent"));
            waitForSaved(b, single, saves);
            js(b, "window.scrollTo(0, 0)");
            b.shot("navigator");

            // Move to top: one press instead of several Ups, and the order is saved.
            WebElement ordering = b.section(ORDER);
            List<String> before = order(ordering);
            String last = before.get(before.size() - 1);
            saves = savesSoFar(b);
            b.click(b.driver().findElement(AllTypesQuiz.moveButton("to top", last)));
            assertEquals(last, order(ordering).get(0), "moved to the top");
            waitForSaved(b, ordering, saves);
            assertEquals("2 of 7 answered", count.getText(), "a moved ordering counts as answered");

            // Drag and drop: the item at the bottom, by its handle, above the first one.
            List<WebElement> items = ordering.findElements(By.cssSelector(".order-list li"));
            WebElement bottom = items.get(items.size() - 1);
            String dragged = order(ordering).get(items.size() - 1);
            WebElement handle = bottom.findElement(By.className("drag-handle"));
            b.reveal(ordering);
            saves = savesSoFar(b);
            new Actions(b.driver()).clickAndHold(handle).moveByOffset(0, -10).moveToElement(items.get(0), 0, -items.get(0).getSize().getHeight() / 2 + 2)
                    .release().perform();
            assertEquals(dragged, order(ordering).get(0), "dragged to the top: " + order(ordering));
            waitForSaved(b, ordering, saves);
            List<String> dropped = order(ordering);
            b.shot("dragged");

            b.driver().navigate().refresh();
            b.waitForPath(attemptPath);
            assertEquals(dropped, order(b.section(ORDER)), "the dropped order came back from the server");
            assertEquals("2 of 7 answered", b.driver().findElement(By.className("answered-count")).getText());
        }
    }

    @Test
    void onePerPageWithScriptAndTheFocusFollows() {
        try (Chromium b = Chromium.phone("quiz-paged", base)) {
            b.signInNewStudent("Paged class");
            b.startQuiz("paged");
            assertEquals(1, b.driver().findElements(By.className("question")).size(), "one question on the page");
            assertFits(b, "a one-per-page quiz");
            assertEquals(List.of(), smallTargets(b), "tap targets under 44 px");
            WebElement question = b.section("Who signed the 1997 joint statement");
            long saves = savesSoFar(b);
            b.click(choice(question, "Jacques Chirac"));
            waitForSaved(b, question, saves);
            assertEquals("1 of 3 answered", b.driver().findElement(By.className("answered-count")).getText());
            b.shot("paged-first");
            b.submitWith(b.button("Next question →"));
            assertTrue(b.path().endsWith("?q=2"), b.path());
            assertEquals("q-council-title", b.focused().getAttribute("id"), "the next question's heading has the focus");
            assertEquals("1 of 3 answered", b.driver().findElement(By.className("answered-count")).getText());
            b.submitWith(b.driver().findElement(By.cssSelector(".qnav-item[data-question='who']")));
            assertTrue(b.path().endsWith("?q=1"), b.path());
            assertTrue(choice(b.section("Who signed the 1997 joint statement"), "Jacques Chirac").isSelected(), "the answer was kept");
            b.shot("paged-back");
        }
    }

    @Test
    void theTimerSaysTheTimeInWordsAndWarnsAtFiveMinutesAndAtOne() {
        try (Chromium b = Chromium.desktop("quiz-timer", base)) {
            b.driver().manage().window().setSize(new Dimension(1280, 720));
            b.signInNewStudent("Timer class");
            b.startQuiz("twenty-minutes");
            WebElement timer = b.driver().findElement(By.className("timer"));
            WebElement value = timer.findElement(By.className("timer-value"));
            WebElement warning = timer.findElement(By.className("timer-warning"));
            assertEquals("status", warning.getAttribute("role"), "warnings are announced");
            assertEquals("20 minutes left", value.getText());
            assertEquals("", warning.getText());
            b.shot("timer");

            // The page follows the deadline it is given; move it, rather than wait for it.
            js(b, "arguments[0].setAttribute('data-deadline', new Date(Date.now() + 290000).toISOString())", timer);
            b.waitFor(d -> warning.getText().startsWith("Less than 5 minutes left."));
            assertEquals("5 minutes left", value.getText());
            assertTrue(timer.getAttribute("class").contains("warn"), timer.getAttribute("class"));
            assertTrue(warning.isDisplayed());
            b.shot("timer-5-minutes");
            js(b, "arguments[0].setAttribute('data-deadline', new Date(Date.now() + 50000).toISOString())", timer);
            b.waitFor(d -> warning.getText().startsWith("Less than 1 minute left."));
            assertTrue(value.getText().matches("(49|50) seconds left"), value.getText());
            assertTrue(timer.getAttribute("class").contains("urgent"), timer.getAttribute("class"));
            b.shot("timer-1-minute");
            List<String> violations = new ArrayList<>(b.policyViolations());
            assertEquals(List.of(), violations);
        }
    }
}
