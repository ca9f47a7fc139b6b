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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.agora.support.AllTypesQuiz;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The quiz page is a plain form: with JavaScript off it saves, reorders and submits through the server. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserWithoutJavaScriptTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theQuizFormWorksWithoutJavaScript() {
        try (Chromium b = Chromium.withoutJavaScript("no-js", base)) {
            b.signInNewStudent("No script class");
            String attemptPath = b.startQuiz(AllTypesQuiz.ID);

            b.click(choice(b.section(SINGLE), SINGLE_RIGHT));
            for (String right : MULTIPLE_RIGHT) {
                b.click(choice(b.section(MULTIPLE), right));
            }
            b.click(choice(b.section(TRUEFALSE), "False"));
            Chromium.labelled(b.section(SHORT), "Your answer").sendKeys(SHORT_RIGHT);
            Chromium.labelled(b.section(NUMERIC), "Your answer (a number; a comma or a point for decimals)")
                    .sendKeys(NUMERIC_RIGHT);
            for (int i = 0; i < MATCH_LEFT.size(); i++) {
                Chromium.select(b.reveal(Chromium.labelled(b.section(MATCH), MATCH_LEFT.get(i))))
                        .selectByVisibleText(MATCH_RIGHT.get(i));
            }
            assertEquals("", Chromium.status(b.section(SINGLE)).getText(), "no script ran: nothing was autosaved");

            // "Save answers" posts the whole form; the server saves it and shows the page again.
            WebElement save = b.button("Save answers");
            b.submitWith(save);
            b.waitForPath(attemptPath + "?saved");
            assertEquals("Your answers are saved.", b.driver().findElement(By.xpath("//p[@role='status']")).getText());
            assertTrue(b.mainText().contains("7 of 7 answered"), b.mainText());
            b.shot("saved");

            // Up posts the form too (a full page load) and comes back to the question.
            for (int i = 0; i < ORDER_RIGHT.size(); i++) {
                String item = ORDER_RIGHT.get(i);
                while (order(b.section(ORDER)).indexOf(item) > i) {
                    int before = order(b.section(ORDER)).indexOf(item);
                    WebElement up = b.driver().findElement(moveButton("up", item));
                    b.submitWith(up);
                    b.waitForPath(attemptPath + "?saved");
                    assertTrue(b.path().endsWith("#q-events"), "back at the question: " + b.path());
                    assertEquals(before - 1, order(b.section(ORDER)).indexOf(item), item + " moved up one place");
                }
            }
            b.shot("ordered");
            AllTypesQuiz.assertAllRightShown(b, "False");

            // Submit: no confirmation dialog without script; straight to the review.
            b.click(b.button("Submit answers"));
            b.waitForPath(attemptPath + "/review");
            assertEquals("Result: " + TITLE, b.heading(1).getText());
            String score = b.driver().findElement(By.xpath("//section[@aria-label='Score']")).getText();
            assertTrue(score.contains("8 of 8 points · 100%"), score);
            assertTrue(score.contains("✔ Passed"), score);
            b.shot("review");
        }
    }
}
