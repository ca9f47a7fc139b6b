package org.agora.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.agora.support.Chromium;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The layout's language switcher in a browser without JavaScript: Korean on this page and the next, then English again. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserLanguageTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theSwitcherIsRememberedFromPageToPage() {
        try (Chromium b = Chromium.withoutJavaScript("language", base)) {
            String username = b.signInNewStudent("Language class");
            b.open("/progress");
            assertEquals("en", lang(b), "the browser asks for English (--lang=en-US)");

            b.link("한국어").click();
            b.waitForPath("/progress");
            assertEquals("ko", lang(b));
            assertEquals("내 진도", b.heading(1).getText());
            assertEquals("true", b.link("한국어").getAttribute("aria-current"));

            b.link("수업").click();
            b.waitForPath("/");
            assertEquals("ko", lang(b), "remembered on the next page");
            assertTrue(b.text().contains("로그아웃 (" + username + ")"), b.text());

            b.link("English").click();
            assertEquals("en", lang(b));
            assertTrue(b.text().contains("Sign out (" + username + ")"), b.text());
        }
    }

    private static String lang(Chromium b) {
        return b.driver().findElement(By.tagName("html")).getAttribute("lang");
    }
}
