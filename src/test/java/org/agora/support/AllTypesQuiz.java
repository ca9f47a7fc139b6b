package org.agora.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The fixture quiz {@code all-types} (src/test/resources/content/quizzes/all-types.md) as a learner
 * sees it: one heading per question (the page shuffles questions and options, so everything is found
 * by its text), and the answers the file marks as right.
 */
public final class AllTypesQuiz {

    public static final String ID = "all-types";
    public static final String TITLE = "Every question type";

    public static final String SINGLE = "Who argued for individual sovereignty?";
    public static final String MULTIPLE = "Which bodies are part of the UN?";
    public static final String TRUEFALSE = "The essay says China ratified the ICCPR.";
    public static final String SHORT = "Which newspaper published the 2018 criticism?";
    public static final String NUMERIC = "In which year did the Jiang-Chirac statement appear?";
    public static final String ORDER = "Put these events in order.";
    public static final String MATCH = "Match each person to a role.";

    public static final String SINGLE_RIGHT = "Kofi Annan";
    public static final List<String> MULTIPLE_RIGHT = List.of("The General Assembly", "The Security Council");
    public static final String MULTIPLE_WRONG = "The European Union";
    public static final String SHORT_RIGHT = "Rodong Sinmun";
    public static final String NUMERIC_RIGHT = "1997";
    public static final List<String> ORDER_RIGHT = List.of("UN Charter", "Vienna Declaration", "COI report");
    public static final List<String> MATCH_LEFT = List.of("Kofi Annan", "Jiang Zemin");
    public static final List<String> MATCH_RIGHT = List.of("UN Secretary-General", "President of China");
    /** Points: the single-choice question is worth 2, the six others 1 each. */
    public static final int MAX_POINTS = 8;

    private AllTypesQuiz() {
    }

    /** The ordering items as the page lists them now, read from the Up buttons' accessible names. */
    public static List<String> order(WebElement question) {
        return question.findElements(By.xpath(".//button[starts-with(@aria-label, 'Move up: ')]")).stream()
                .map(b -> b.getAttribute("aria-label").substring("Move up: ".length())).toList();
    }

    public static By moveButton(String direction, String item) {
        return By.xpath("//button[@aria-label=" + Chromium.literal("Move " + direction + ": " + item) + "]");
    }

    /** A radio button or checkbox by the text of its label, within one question. */
    public static WebElement choice(WebElement question, String label) {
        return Chromium.labelled(question, label);
    }

    /** How many answers attempt.js has saved through the API since this page loaded (finished requests). */
    public static long savesSoFar(Chromium b) {
        Object n = ((JavascriptExecutor) b.driver()).executeScript(
                "return performance.getEntriesByType('resource').filter(function (e) {"
                        + " return e.initiatorType === 'fetch' && e.name.indexOf('/answers/') >= 0; }).length;");
        return ((Number) n).longValue();
    }

    /**
     * Waits until at least one more answer was saved than {@code before} and the question's status line
     * says "Saved" (what a learner sees), so that no save is still under way.
     */
    public static void waitForSaved(Chromium b, WebElement question, long before) {
        try {
            b.waitFor(d -> savesSoFar(b) > before && "Saved".equals(Chromium.status(question).getText().trim()));
        } catch (RuntimeException e) {
            b.shot("not-saved");
            fail("No 'Saved' for '" + question.findElement(By.tagName("h2")).getText() + "': status is '"
                    + Chromium.status(question).getText() + "'; " + savesSoFar(b) + " saves since load");
        }
    }

    /** Checks that the page shows the right answers to all seven questions (after a reload or a save). */
    public static void assertAllRightShown(Chromium b, String truefalseChosen) {
        assertTrue(choice(b.section(SINGLE), SINGLE_RIGHT).isSelected(), "single choice kept");
        for (String right : MULTIPLE_RIGHT) {
            assertTrue(choice(b.section(MULTIPLE), right).isSelected(), right + " kept");
        }
        assertTrue(!choice(b.section(MULTIPLE), MULTIPLE_WRONG).isSelected(), MULTIPLE_WRONG + " stays unchecked");
        assertTrue(choice(b.section(TRUEFALSE), truefalseChosen).isSelected(), "true/false kept");
        assertEquals(SHORT_RIGHT, Chromium.labelled(b.section(SHORT), "Your answer").getDomProperty("value"));
        assertEquals(NUMERIC_RIGHT, Chromium.labelled(b.section(NUMERIC),
                "Your answer (a number; a comma or a point for decimals)").getDomProperty("value"));
        assertEquals(ORDER_RIGHT, order(b.section(ORDER)));
        for (int i = 0; i < MATCH_LEFT.size(); i++) {
            assertEquals(MATCH_RIGHT.get(i), Chromium.select(Chromium.labelled(b.section(MATCH), MATCH_LEFT.get(i)))
                    .getFirstSelectedOption().getText(), MATCH_LEFT.get(i) + " pairing kept");
        }
    }

    /** The review's entry for a question: the list item whose heading holds the question's title. */
    public static WebElement reviewItem(Chromium b, String title) {
        return b.driver().findElement(By.xpath("//li[h2[contains(normalize-space(), " + Chromium.literal(title) + ")]]"));
    }
}
