package org.agora.browser;

import static org.agora.support.AllTypesQuiz.SINGLE;
import static org.agora.support.AllTypesQuiz.SINGLE_RIGHT;
import static org.agora.support.AllTypesQuiz.TRUEFALSE;
import static org.agora.support.AllTypesQuiz.choice;
import static org.agora.support.AllTypesQuiz.savesSoFar;
import static org.agora.support.AllTypesQuiz.waitForSaved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.agora.support.AllTypesQuiz;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The session ends in the middle of a quiz (the learner signs out on another device): the next
 * autosave is refused without a browser dialog, the page says so with a way to sign in, and
 * signing in comes back to the same quiz with the saved answers.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserSessionExpiryTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @CsvSource({ "390, 844", "1280, 720" })
    void theSessionEndsMidQuizAndSigningInComesBackToIt(int width, int height) {
        try (Chromium b = Chromium.sized("session-expiry-" + width, base, width, height)) {
            String student = b.signInNewStudent("Expiry class " + width);
            String attempt = b.startQuiz(AllTypesQuiz.ID);
            WebElement single = b.section(SINGLE);
            long saves = savesSoFar(b);
            b.click(choice(single, SINGLE_RIGHT));
            waitForSaved(b, single, saves);

            // Signing out elsewhere ends every session of the account, this browser's too.
            Browser elsewhere = Browser.signedIn(student, Api.PASSWORD);
            elsewhere.get("/progress");
            assertEquals(303, elsewhere.post("/signout", Map.of()).statusCode());

            WebElement truefalse = b.section(TRUEFALSE);
            b.click(choice(truefalse, "True"));
            WebElement notice = b.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended")));
            assertEquals("alert", notice.getAttribute("role"), "announced");
            assertTrue(notice.getText().startsWith("Your session ended. Sign in to go on; your saved answers are kept."),
                    notice.getText());
            b.waitForStatus(truefalse, "Not saved: sign in again to go on.");
            assertThrows(NoAlertPresentException.class, () -> b.driver().switchTo().alert(), "no browser dialog");
            b.shot("session-ended");

            b.click(notice.findElement(By.linkText("Sign in")));
            b.waitForPath("/signin?next=");
            assertThrows(NoAlertPresentException.class, () -> b.driver().switchTo().alert(), "no leave-page dialog either");
            b.field("Username").sendKeys(student);
            b.field("Password").sendKeys(Api.PASSWORD);
            b.button("Sign in").click();
            b.waitForPath(attempt);
            assertEquals(attempt, b.path(), "back on the same quiz");
            assertTrue(choice(b.section(SINGLE), SINGLE_RIGHT).isSelected(), "the saved answer is kept");
            assertTrue(b.driver().getPageSource().contains("Sign out (" + student + ")"), "signed in again (the phone menu may be folded)");
            b.shot("back-in-the-quiz");
        }
    }
}
