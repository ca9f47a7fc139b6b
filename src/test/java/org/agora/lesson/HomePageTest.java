package org.agora.lesson;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Attempts;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The home page: the same lessons for everyone; a learner also sees each lesson's state and where to continue. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class HomePageTest {

    private static String home(io.restassured.specification.RequestSpecification as) {
        return as.get("/").then().statusCode(200).extract().asString();
    }

    /** The lesson card of a lesson, from its heading to the end of the card. */
    private static String card(String html, String lessonId) {
        int i = html.indexOf("<h3><a href=\"/lessons/" + lessonId + "\">");
        assertTrue(i > 0, "no card for " + lessonId);
        int end = html.indexOf("<li class=\"lesson-card\">", i);
        return html.substring(i, end > 0 ? end : html.indexOf("</ol>", i));
    }

    @Test
    void anonymousVisitorsAndInstructorsSeeTheModuleWithObjectivesFolded() {
        for (String html : new String[] { home(given()), home(Api.admin()) }) {
            assertThat(html, not(containsString("Continue where you left off")));
            assertThat(html, not(containsString("class=\"lesson-state\"")));
            assertThat(html, containsString("<details class=\"objectives-fold\">"));
            assertThat(html, containsString("<li>Explain what the essay argues.</li>"));
            assertThat(html, containsString("A module built on an essay"));
        }
    }

    @Test
    void aNewLearnerIsToldToReadTheFirstLesson() {
        String u = Api.newStudent(Api.newClass("Home new"));
        String html = home(Api.student(u));
        assertThat(html, containsString("Continue where you left off"));
        assertThat(html, containsString("<a class=\"button\" href=\"/lessons/basics\">Read the lesson “Basics of the essay”</a>"));
        assertThat(card(html, "basics"), containsString("Not read yet"));
        assertThat(card(html, "basics"), containsString("Quiz not taken yet"));
        assertThat(html, containsString("<details class=\"objectives-fold\">"));
    }

    @Test
    void aLearnerSeesEachLessonsStateAndResumesTheOpenAttempt() {
        String u = Api.newStudent(Api.newClass("Home progress"));
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/lessons/basics/complete").then().statusCode(204);
        // all-types: only the 2-point question right, 2 of 8 = 25 %: not passed.
        Attempts.take(u, "all-types", Map.of("annan", java.util.List.of("Kofi Annan")));
        String html = home(Api.student(u));
        String basics = card(html, "basics");
        assertThat(basics, containsString("✔</span> Read"));
        assertThat(basics, containsString("Quiz not passed yet · best score 25%"));
        assertThat(card(html, "more"), containsString("Not read yet"));
        assertThat("the next step: the quiz not passed yet", html,
                containsString("<a class=\"button\" href=\"/quizzes/all-types\">Take the quiz “Every question type”</a>"));

        // An attempt left open comes first.
        String open = Attempts.start(u, "paged").getString("attempt");
        html = home(Api.student(u));
        assertThat(html, containsString("<a class=\"button\" href=\"/attempts/" + open + "\">Resume attempt 1</a>"));
        assertThat(html, containsString("You have an attempt in progress at One at a time"));
        Api.student(u).contentType(ContentType.JSON).post("/api/v1/attempts/" + open + "/submit").then().statusCode(200);

        // Passed: the best score and the verdict.
        Attempts.take(u, "all-types", Map.of("annan", java.util.List.of("Kofi Annan"), "bodies",
                java.util.List.of("The General Assembly", "The Security Council"), "ratified", java.util.List.of("False")));
        html = home(Api.student(u));
        assertThat(card(html, "basics"), containsString("Quiz passed · best score 50%"));
        assertThat(html, not(containsString("Resume attempt")));
        assertThat(html, containsString("<a class=\"button\" href=\"/lessons/more\">Read the lesson “More on the essay”</a>"));
    }
}
