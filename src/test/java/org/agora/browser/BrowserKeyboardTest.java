package org.agora.browser;

import static org.agora.support.AllTypesQuiz.MATCH;
import static org.agora.support.AllTypesQuiz.MATCH_LEFT;
import static org.agora.support.AllTypesQuiz.MATCH_RIGHT;
import static org.agora.support.AllTypesQuiz.MULTIPLE;
import static org.agora.support.AllTypesQuiz.MULTIPLE_RIGHT;
import static org.agora.support.AllTypesQuiz.NUMERIC;
import static org.agora.support.AllTypesQuiz.NUMERIC_RIGHT;
import static org.agora.support.AllTypesQuiz.ORDER;
import static org.agora.support.AllTypesQuiz.ORDER_RIGHT;
import static org.agora.support.AllTypesQuiz.SHORT;
import static org.agora.support.AllTypesQuiz.SHORT_RIGHT;
import static org.agora.support.AllTypesQuiz.SINGLE;
import static org.agora.support.AllTypesQuiz.SINGLE_RIGHT;
import static org.agora.support.AllTypesQuiz.TITLE;
import static org.agora.support.AllTypesQuiz.TRUEFALSE;
import static org.agora.support.AllTypesQuiz.choice;
import static org.agora.support.AllTypesQuiz.moveButton;
import static org.agora.support.AllTypesQuiz.order;
import static org.agora.support.AllTypesQuiz.savesSoFar;
import static org.agora.support.AllTypesQuiz.waitForSaved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.agora.support.AllTypesQuiz;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The quiz taken with the keyboard alone: Tab and Shift+Tab to move, Space and the arrow keys for
 * choices, typing, Enter and Space on the ordering buttons, typing on the selects, Enter to submit.
 * No element is clicked; keys go to whatever has focus.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserKeyboardTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aQuizCanBeTakenWithTheKeyboardAlone() {
        String username = Api.newStudent(Api.newClass("Keyboard class"));
        try (Chromium b = Chromium.desktop("keyboard", base)) {
            // Sign in: Tab to the username, type, Tab to the password, type, Enter.
            b.open("/signin");
            b.tabTo(b.field("Username"));
            b.type(username);
            b.press(Keys.TAB);
            assertEquals(b.field("Password"), b.focused());
            b.type(Api.PASSWORD);
            b.press(Keys.ENTER);
            b.waitForPath("/progress");

            b.open("/quizzes/" + AllTypesQuiz.ID);
            b.tabTo(b.button("Start the quiz"));
            b.press(Keys.ENTER);
            b.waitForPath("/attempts/");
            String attemptPath = b.path();

            // The first Tab reaches the skip link; Enter on it moves focus to the main content.
            b.press(Keys.TAB);
            assertEquals("Skip to content", b.focused().getText());
            b.press(Keys.ENTER);
            assertEquals("main", b.focused().getTagName());

            // Single choice: Tab into the group, then the arrow keys move and check.
            radio(b, SINGLE, SINGLE_RIGHT);

            // Several choices: Tab to each box and check it with Space.
            WebElement multiple = b.section(MULTIPLE);
            for (String right : MULTIPLE_RIGHT) {
                long saves = savesSoFar(b);
                b.tabTo(choice(multiple, right));
                b.press(Keys.SPACE);
                assertTrue(choice(multiple, right).isSelected(), right + " checked with Space");
                waitForSaved(b, multiple, saves);
            }

            // Typing into the text and number fields.
            WebElement shortText = b.section(SHORT);
            long saves = savesSoFar(b);
            b.tabTo(Chromium.labelled(shortText, "Your answer"));
            b.type(SHORT_RIGHT);
            waitForSaved(b, shortText, saves);
            WebElement numeric = b.section(NUMERIC);
            saves = savesSoFar(b);
            b.tabTo(Chromium.labelled(numeric, "Your answer (a number; a comma or a point for decimals)"));
            b.type(NUMERIC_RIGHT);
            waitForSaved(b, numeric, saves);

            // True or false comes earlier or later on the page: Tab or Shift+Tab gets there.
            radio(b, TRUEFALSE, "False");

            // Ordering: Enter (then Space) on an item's Up button; focus stays on that item's buttons.
            WebElement ordering = b.section(ORDER);
            boolean enter = true;
            for (int i = 0; i < ORDER_RIGHT.size(); i++) {
                String item = ORDER_RIGHT.get(i);
                while (order(ordering).indexOf(item) > i) {
                    saves = savesSoFar(b);
                    b.tabTo(b.driver().findElement(moveButton("up", item)));
                    b.press(enter ? Keys.ENTER : Keys.SPACE);
                    enter = !enter;
                    WebElement now = b.focused();
                    String label = now.getAttribute("aria-label");
                    assertTrue(("Move up: " + item).equals(label) || ("Move down: " + item).equals(label),
                            "focus stays on the moved item's buttons, but is on " + Chromium.describe(now));
                    if (order(ordering).indexOf(item) == 0) {
                        assertEquals("Move down: " + item, label, "at the top, focus moves to Down (Up is disabled)");
                    }
                    b.assertNotObscured(now);
                    waitForSaved(b, ordering, saves);
                }
            }
            assertEquals(ORDER_RIGHT, order(ordering));
            assertEquals(attemptPath, b.path().replace("#main", ""), "moving an item loads no other page");
            b.shot("ordered");

            // Matching: Tab to each select and type the start of the answer.
            WebElement match = b.section(MATCH);
            for (int i = 0; i < MATCH_LEFT.size(); i++) {
                saves = savesSoFar(b);
                WebElement select = Chromium.labelled(match, MATCH_LEFT.get(i));
                b.tabTo(select);
                b.type(MATCH_RIGHT.get(i));
                assertEquals(MATCH_RIGHT.get(i), Chromium.select(select).getFirstSelectedOption().getText());
                waitForSaved(b, match, saves);
            }
            b.shot("answered");

            // Submit with Enter on the button.
            b.tabTo(b.button("Submit answers"));
            b.press(Keys.ENTER);
            b.waitForPath(attemptPath + "/review");
            assertEquals("Result: " + TITLE, b.heading(1).getText());
            String score = b.driver().findElement(By.xpath("//section[@aria-label='Score']")).getText();
            assertTrue(score.contains("8 of 8 points · 100%"), score);
            assertTrue(score.contains("✔ Passed"), score);
            b.shot("review");
        }
    }

    /** Tabs into a radio group and presses the arrow keys until the wanted option is checked. */
    private static void radio(Chromium b, String question, String label) {
        WebElement section = b.section(question);
        long saves = savesSoFar(b);
        var radios = section.findElements(By.xpath(".//input[@type='radio']"));
        WebElement wanted = choice(section, label);
        b.tabTo(radios);
        if (b.focused().equals(wanted)) {
            b.press(Keys.SPACE);
        }
        for (int i = 0; i < radios.size() && !wanted.isSelected(); i++) {
            b.press(Keys.ARROW_DOWN);
        }
        assertTrue(wanted.isSelected(), label + " checked with the arrow keys");
        assertEquals(wanted, b.focused(), "focus follows the checked radio button");
        waitForSaved(b, section, saves);
    }
}
