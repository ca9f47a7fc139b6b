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
import static org.agora.support.AllTypesQuiz.reviewItem;
import static org.agora.support.AllTypesQuiz.savesSoFar;
import static org.agora.support.AllTypesQuiz.waitForSaved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.agora.support.AllTypesQuiz;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A new student's first session in a real browser, with JavaScript: sign-up to progress page. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserStudentJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void newStudentSignsUpReadsALessonTakesItsQuizAndSeesProgress() {
        String code = Api.newClass("Journey class");
        String username = "journey" + System.nanoTime() % 1_000_000;
        try (Chromium b = Chromium.desktop("journey", base)) {
            // Sign up with the join code: signed in at once, welcomed on the first lesson.
            b.open("/signup");
            b.field("Join code").sendKeys(code);
            b.field("Your name").sendKeys("Min-ji Park");
            b.field("Username").sendKeys(username);
            b.field("Password").sendKeys(Api.PASSWORD);
            b.shot("signup");
            b.button("Create my account").click();
            b.waitForPath("/lessons/basics");
            assertTrue(b.text().contains("Sign out (" + username + ")"), "signed in by signing up");
            WebElement welcome = b.driver().findElement(By.cssSelector("main .flash[role='status']"));
            assertTrue(welcome.getText().startsWith("Welcome, Min-ji Park! You are in Journey class."), welcome.getText());
            b.shot("welcome");
            b.open("/progress");
            assertTrue(b.text().contains("Sign out (" + username + ")"), "signed in");
            assertTrue(b.mainText().contains("Min-ji Park, you have completed 0% of the module."), b.mainText());

            // The first lesson from the home page; mark it as read.
            b.link("Lessons").click();
            b.waitForPath("/");
            WebElement first = b.driver().findElement(
                    By.xpath("//section[h2[normalize-space()='Lessons']]//li[1]//h3/a"));
            assertEquals("Basics of the essay", first.getText());
            first.click();
            b.waitForPath("/lessons/basics");
            assertEquals("Basics of the essay", b.heading(1).getText());
            b.shot("lesson");
            b.button("Mark this lesson as read").click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//*[@role='status']"),
                    "You marked this lesson as read."));
            assertTrue(b.driver().findElements(By.xpath("//button[normalize-space()='Mark this lesson as read']")).isEmpty());
            b.shot("lesson-read");

            // The quiz overview, then a new attempt.
            b.link("Take the quiz: " + TITLE).click();
            b.waitForPath("/quizzes/" + AllTypesQuiz.ID);
            assertTrue(b.mainText().contains("You have not tried this quiz yet."), b.mainText());
            b.button("Start the quiz").click();
            b.waitForPath("/attempts/");
            String attemptPath = b.path();
            assertTrue(b.mainText().contains("7 questions"), b.mainText());
            assertTrue(b.mainText().contains("0 of 7 answered"), b.mainText());

            // Single choice: a radio button.
            WebElement single = b.section(SINGLE);
            long saves = savesSoFar(b);
            b.click(choice(single, SINGLE_RIGHT));
            waitForSaved(b, single, saves);

            // Several choices: checkboxes.
            WebElement multiple = b.section(MULTIPLE);
            for (String right : MULTIPLE_RIGHT) {
                saves = savesSoFar(b);
                b.click(choice(multiple, right));
                waitForSaved(b, multiple, saves);
            }

            // True or false: answered wrong on purpose, to see a wrong answer in the review.
            WebElement truefalse = b.section(TRUEFALSE);
            saves = savesSoFar(b);
            b.click(choice(truefalse, "True"));
            waitForSaved(b, truefalse, saves);

            // Short text: saved while typing (after a pause).
            WebElement shortText = b.section(SHORT);
            saves = savesSoFar(b);
            Chromium.labelled(shortText, "Your answer").sendKeys(SHORT_RIGHT);
            waitForSaved(b, shortText, saves);

            // A number.
            WebElement numeric = b.section(NUMERIC);
            saves = savesSoFar(b);
            Chromium.labelled(numeric, "Your answer (a number; a comma or a point for decimals)").sendKeys(NUMERIC_RIGHT);
            waitForSaved(b, numeric, saves);

            // Ordering with the Up buttons: moved in place, without a page load.
            WebElement ordering = b.section(ORDER);
            for (int i = 0; i < ORDER_RIGHT.size(); i++) {
                String item = ORDER_RIGHT.get(i);
                while (order(ordering).indexOf(item) > i) {
                    saves = savesSoFar(b);
                    b.click(b.driver().findElement(moveButton("up", item)));
                    waitForSaved(b, ordering, saves);
                }
            }
            assertEquals(ORDER_RIGHT, order(ordering));
            assertEquals(attemptPath, b.path(), "moving an item does not load another page");

            // Matching: one select per left-hand item, found by its label.
            WebElement match = b.section(MATCH);
            for (int i = 0; i < MATCH_LEFT.size(); i++) {
                saves = savesSoFar(b);
                Chromium.select(b.reveal(Chromium.labelled(match, MATCH_LEFT.get(i)))).selectByVisibleText(MATCH_RIGHT.get(i));
                waitForSaved(b, match, saves);
            }
            b.shot("answered");

            // Reload: every answer comes back from the server.
            b.driver().navigate().refresh();
            b.waitForPath(attemptPath);
            assertTrue(b.mainText().contains("7 of 7 answered"), b.mainText());
            AllTypesQuiz.assertAllRightShown(b, "True");
            b.shot("resumed");

            // Submit; every question has an answer, so there is nothing to confirm.
            b.click(b.button("Submit answers"));
            b.waitForPath(attemptPath + "/review");
            assertEquals("Result: " + TITLE, b.heading(1).getText());
            WebElement score = b.driver().findElement(By.xpath("//section[@aria-label='Score']"));
            assertTrue(score.getText().contains("7 of 8 points · 87.5%"), score.getText());
            assertTrue(score.getText().contains("✔ Passed"), score.getText());
            b.shot("review");

            WebElement wrong = reviewItem(b, TRUEFALSE);
            assertTrue(wrong.getText().contains("✘ Not right"), wrong.getText());
            assertTrue(wrong.getText().contains("Your answer\nTrue"), wrong.getText());
            assertTrue(wrong.getText().contains("Correct answer\nFalse"), wrong.getText());
            for (String title : List.of(SINGLE, MULTIPLE, SHORT, NUMERIC, ORDER, MATCH)) {
                WebElement item = reviewItem(b, title);
                assertTrue(item.getText().contains("✔ Right"), item.getText());
                assertTrue(item.getText().contains("Correct answer"), item.getText());
            }
            assertTrue(reviewItem(b, SINGLE).getText().contains("2 of 2"), "the single choice is worth 2 points");
            // Ordering and matching: a table, one row per place or item, with its mark.
            assertTrue(reviewItem(b, ORDER).getText().contains("1 UN Charter UN Charter ✔"), reviewItem(b, ORDER).getText());
            assertTrue(reviewItem(b, ORDER).getText().contains("3 COI report COI report ✔"), reviewItem(b, ORDER).getText());
            assertTrue(reviewItem(b, MATCH).getText().contains("Kofi Annan UN Secretary-General UN Secretary-General ✔"),
                    reviewItem(b, MATCH).getText());

            // My progress: the lesson is read and the quiz has its best score.
            b.link("My progress").click();
            b.waitForPath("/progress");
            WebElement lesson = b.driver().findElement(By.xpath("//li[a[normalize-space()='Basics of the essay']]"));
            assertTrue(lesson.getText().endsWith("read") && !lesson.getText().contains("not read"), lesson.getText());
            WebElement other = b.driver().findElement(By.xpath("//li[a[normalize-space()='More on the essay']]"));
            assertTrue(other.getText().contains("not read yet"), other.getText());
            WebElement row = b.driver().findElement(By.xpath("//tr[td/a[normalize-space()=" + Chromium.literal(TITLE) + "]]"));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals("7 / 8", cells.get(1).trim(), "best score");
            assertEquals("1", cells.get(2).trim(), "attempts used");
            assertEquals("✔ Passed", cells.get(3).trim());
            b.shot("progress");
            // Every page of the journey kept to the Content-Security-Policy (no inline script or style).
            assertEquals(List.of(), b.policyViolations());
        }
    }

    @Test
    void submittingWithUnansweredQuestionsAsksFirst() {
        try (Chromium b = Chromium.desktop("confirm", base)) {
            b.signInNewStudent("Confirm class");
            String attemptPath = b.startQuiz(AllTypesQuiz.ID);
            WebElement single = b.section(SINGLE);
            long saves = savesSoFar(b);
            b.click(choice(single, SINGLE_RIGHT));
            waitForSaved(b, single, saves);

            // Cancel: the attempt stays open.
            b.click(b.button("Submit answers"));
            Alert alert = b.waitFor(ExpectedConditions.alertIsPresent());
            // The ordering counts as unanswered until an item is moved: as it stands, nothing is saved for it.
            assertEquals("6 question(s) have no answer. Submit anyway?", alert.getText());
            alert.dismiss();
            assertEquals(attemptPath, b.path());
            assertFalse(b.driver().findElements(By.xpath("//button[normalize-space()='Submit answers']")).isEmpty());

            // Confirm: submitted and scored with what was answered.
            b.click(b.button("Submit answers"));
            b.waitFor(ExpectedConditions.alertIsPresent()).accept();
            b.waitForPath(attemptPath + "/review");
            String score = b.driver().findElement(By.xpath("//section[@aria-label='Score']")).getText();
            assertTrue(score.contains("✘ Not passed yet"), score);
            assertTrue(reviewItem(b, MULTIPLE).getText().contains("(no answer)"), reviewItem(b, MULTIPLE).getText());
            b.shot("review-unanswered");
        }
    }

    @Test
    void anAnswerChangedWhileTheLastSaveIsSlowIsTheOneKept() {
        try (Chromium b = Chromium.desktop("slow-save", base)) {
            b.signInNewStudent("Slow network class");
            String attemptPath = b.startQuiz(AllTypesQuiz.ID);
            // A slow network: the first answer's request takes a second to leave the browser.
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                    "var real = window.fetch, first = true;"
                            + "window.fetch = function (url, init) {"
                            + "  if (first && init && init.method === 'PUT') { first = false;"
                            + "    return new Promise(function (r) { setTimeout(r, 1000); }).then(function () { return real(url, init); }); }"
                            + "  return real(url, init); };");
            WebElement single = b.section(SINGLE);
            b.click(choice(single, "Jiang Zemin"));
            b.click(choice(single, SINGLE_RIGHT));
            b.waitFor(d -> savesSoFar(b) >= 2 && "Saved".equals(Chromium.status(single).getText()));
            b.driver().navigate().refresh();
            b.waitForPath(attemptPath);
            assertTrue(choice(b.section(SINGLE), SINGLE_RIGHT).isSelected(), "the later answer is the one saved");
        }
    }
}
