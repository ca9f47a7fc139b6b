package org.agora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.agora.support.Api;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Pages around the journey: form errors, the instructor's landing page, unknown addresses. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserFormsAndErrorsTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void signupWithAWrongJoinCodeSaysWhichFieldToFix() {
        try (Chromium b = Chromium.desktop("signup-error", base)) {
            b.open("/signup");
            b.field("Join code").sendKeys("NOPE-0000");
            b.field("Your name").sendKeys("Nobody");
            b.field("Username").sendKeys("nobody" + System.nanoTime() % 100000);
            b.field("Password").sendKeys(Api.PASSWORD);
            b.button("Create my account").click();
            b.waitFor(d -> !d.findElements(By.xpath("//*[@role='alert']")).isEmpty());
            assertEquals("Please fix the fields marked below.", b.driver().findElement(By.xpath("//*[@role='alert']")).getText());
            WebElement code = b.field("Join code");
            assertEquals("true", code.getAttribute("aria-invalid"));
            assertEquals("NOPE-0000", code.getDomProperty("value"), "the form keeps what was typed");
            WebElement error = b.driver().findElement(By.id(code.getAttribute("aria-describedby")));
            assertTrue(error.getText().contains("No class has this join code"), error.getText());
            assertEquals("", b.field("Password").getDomProperty("value"), "a password is never sent back");
            b.shot("signup-error");
        }
    }

    @Test
    void instructorSignsInToTheClassesPage() {
        Api.newClass("Dashboard class");
        try (Chromium b = Chromium.desktop("instructor", base)) {
            b.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            b.waitForPath("/instructor");
            assertEquals("Classes", b.heading(1).getText());
            assertFalse(b.driver().findElements(By.xpath("//a[normalize-space()='Dashboard class']")).isEmpty());
            assertFalse(b.field("Class name").getAttribute("outerHTML").contains("aria-invalid"));
            b.shot("dashboard");
        }
    }

    @Test
    void unknownAddressShowsTheNotFoundPage() {
        try (Chromium b = Chromium.desktop("not-found", base)) {
            b.open("/no-such-page");
            assertEquals("Page not found", b.heading(1).getText());
            assertFalse(b.driver().findElements(By.xpath("//a[normalize-space()='Back to the lessons']")).isEmpty());
            b.open("/no-such-icon.png"); // a missing static file too; /favicon.ico is served (BrowserLookTest)
            assertEquals("Page not found", b.heading(1).getText());
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        String username = Api.newStudent(Api.newClass("Wrong password class"));
        try (Chromium b = Chromium.desktop("wrong-password", base)) {
            b.open("/signin");
            b.field("Username").sendKeys(username);
            b.field("Password").sendKeys("not-the-password");
            b.button("Sign in").click();
            b.waitForPath("/signin?error");
            assertEquals("That username and password do not match. Try again.",
                    b.driver().findElement(By.xpath("//*[@role='alert']")).getText());
            b.shot("wrong-password");

            // The right password then works, and signing out says so.
            b.field("Username").sendKeys(username);
            b.field("Password").sendKeys(Api.PASSWORD);
            b.button("Sign in").click();
            b.waitForPath("/progress");
            b.button("Sign out (" + username + ")").click();
            b.waitForPath("/signin?out");
            assertEquals("You are signed out.", b.driver().findElement(By.xpath("//main//*[@role='status']")).getText());
        }
    }
}
