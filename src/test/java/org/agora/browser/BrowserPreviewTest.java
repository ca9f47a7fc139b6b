package org.agora.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/**
 * An instructor previews a quiz from the content page: answers it on the learners' page (the
 * answer saved by the page's script), submits, reads every key although the quiz says
 * {@code review: never}, and restarts.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class BrowserPreviewTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anInstructorPreviewsAQuizFromTheContentPage() {
        try (Chromium b = Chromium.desktop("preview", base)) {
            b.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
            b.open("/instructor/content");
            b.click(b.button("Preview Never reviewed"));
            b.waitForPath("/attempts/");
            String preview = b.path();
            assertThat(b.mainText(), containsString("This is a preview: it counts nowhere"));
            b.click(b.driver().findElement(By.xpath("//label[normalize-space()='No']")));
            b.waitFor(d -> b.mainText().contains("Saved"));
            b.click(b.button("Submit answers"));
            b.waitForPath(preview + "/review");
            String review = b.mainText();
            assertThat(review, containsString("This was a preview"));
            assertThat(review, containsString("Correct answer"));
            assertThat(review, containsString("Wrong."));
            b.click(b.button("Restart the preview"));
            b.waitFor(d -> b.path().startsWith("/attempts/") && !b.path().startsWith(preview));
            assertNotEquals(preview, b.path());
            assertTrue(b.policyViolations().isEmpty(), () -> "CSP: " + b.policyViolations());
        }
    }
}
