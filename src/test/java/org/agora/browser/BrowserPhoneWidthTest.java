package org.agora.browser;

import static org.agora.support.AllTypesQuiz.MATCH;
import static org.agora.support.AllTypesQuiz.MATCH_LEFT;
import static org.agora.support.AllTypesQuiz.MATCH_RIGHT;
import static org.agora.support.AllTypesQuiz.SINGLE;
import static org.agora.support.AllTypesQuiz.SINGLE_RIGHT;
import static org.agora.support.AllTypesQuiz.choice;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** At a phone's width (390 CSS pixels) no page scrolls sideways. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserPhoneWidthTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void pagesFitAPhoneWithoutSidewaysScrolling() {
        try (Chromium b = Chromium.phone("phone", base)) {
            b.open("/signup");
            b.assertNoHorizontalScroll("the sign-up page");
            b.signInNewStudent("Phone class");
            b.assertNoHorizontalScroll("the progress page");

            b.open("/");
            b.assertNoHorizontalScroll("the home page");
            b.open("/lessons/basics");
            assertEquals("Basics of the essay", b.heading(1).getText());
            b.assertNoHorizontalScroll("the lesson page");
            b.shot("lesson");
            b.open("/lessons/more");
            b.assertNoHorizontalScroll("the second lesson page");

            b.open("/quizzes/" + AllTypesQuiz.ID);
            b.assertNoHorizontalScroll("the quiz overview");
            b.button("Start the quiz").click();
            b.waitForPath("/attempts/");
            b.assertNoHorizontalScroll("the quiz page");
            assertEquals(b.button("Save answers").getRect().getY(), b.button("Submit answers").getRect().getY(),
                    "the sticky bar's two buttons share one row, so that it covers little of the screen");
            b.shot("quiz");
            WebElement match = b.section(MATCH);
            b.reveal(match);
            b.shot("quiz-matching");
            for (int i = 0; i < MATCH_LEFT.size(); i++) {
                WebElement select = Chromium.labelled(match, MATCH_LEFT.get(i));
                assertTrue(select.getRect().getX() + select.getRect().getWidth() <= 390, "the select fits the screen");
                Chromium.select(b.reveal(select)).selectByVisibleText(MATCH_RIGHT.get(i));
            }
            b.click(choice(b.section(SINGLE), SINGLE_RIGHT));
            b.assertNoHorizontalScroll("the quiz page with answers");

            b.click(b.button("Submit answers"));
            b.waitFor(ExpectedConditions.alertIsPresent()).accept();
            b.waitForPath("/attempts/");
            b.waitFor(d -> b.path().endsWith("/review"));
            assertTrue(b.driver().findElement(By.xpath("//section[@aria-label='Score']")).isDisplayed());
            b.assertNoHorizontalScroll("the review page");
            b.shot("review");
            b.open("/progress");
            b.assertNoHorizontalScroll("the progress page after a quiz");
            b.shot("progress");
        }
    }
}
