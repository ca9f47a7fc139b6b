package org.agora.grading;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.agora.attempt.AttemptClient;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * An essay on the learner's pages without JavaScript: the text area with its word range and
 * rubric, a refused save that keeps what was written, and the review while awaiting grading and
 * once graded.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class EssayPagesTest {

    @Test
    void writeSubmitAndReadTheGradeWithPlainForms() {
        String code = Api.newClass("Essay pages " + System.nanoTime());
        String user = Api.newStudent(code);
        AttemptClient a = AttemptClient.start(user, GradingApiTest.QUIZ);
        Browser p = Browser.basic(user, Api.PASSWORD);

        String take = p.get("/attempts/" + a.id).then().statusCode(200).extract().asString();
        assertThat(take, containsString("<textarea id=\"a-verdict\" name=\"a.verdict\""));
        assertThat(take, containsString("data-min=\"5\" data-max=\"50\""));
        assertThat(take, containsString("(aim for 5–50)"));
        assertThat(take, containsString("Uses a claim of the essay, cited."));
        assertThat("the notes are the grader's until graded", take, not(containsString("Strong answers")));

        // More than twice the range's maximum: refused, nothing saved, and the page shows what was written.
        String tooLong = "long ".repeat(101) + "<b>end</b>";
        Response refused = p.post("/attempts/" + a.id, Map.of("a.verdict", tooLong,
                "a.statement", "A short note.", "action", "save"));
        assertEquals(400, refused.statusCode(), refused.asString());
        String again = refused.asString();
        assertThat(again, containsString("role=\"alert\""));
        assertThat(again, containsString("at most 50 words"));
        assertThat(again, containsString("&lt;b&gt;end&lt;/b&gt;</textarea>"));
        assertThat(again, containsString(">A short note.</textarea>"));
        assertNull(a.get().get("answers.statement"), "all or nothing: the other answer was not saved either");

        String verdict = "I find it *persuasive* [P3] <script>alert(1)</script>";
        assertEquals(303, p.post("/attempts/" + a.id, Map.of("a.verdict", verdict,
                "a.statement", "It signed.", "action", "save")).statusCode());
        String saved = p.get("/attempts/" + a.id).then().statusCode(200).extract().asString();
        assertThat(saved, containsString("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"));
        assertThat("words as typed: I find it persuasive P3 script alert 1 script", saved,
                containsString("<span class=\"word-count-value\">9</span> words"));

        Response submitted = p.post("/attempts/" + a.id, Map.of("a.verdict", verdict,
                "a.statement", "It signed.", "action", "submit"));
        assertEquals(303, submitted.statusCode());
        String review = p.get("/attempts/" + a.id + "/review").then().statusCode(200).extract().asString();
        assertThat(review, containsString("Awaiting grading"));
        assertThat(review, not(containsString("Not passed yet")));
        assertThat(review, containsString("<em>persuasive</em>"));
        assertThat(review, not(containsString("<script>alert")));
        assertThat(p.get("/quizzes/" + GradingApiTest.QUIZ).asString(), containsString("Awaiting grading"));
        assertThat(p.get("/progress").asString(), containsString("Awaiting grading"));

        assertEquals(200, GradingApiTest.grade(code, a, "verdict", Map.of("version", 0, "criteria", List.of(3, 3, 1.5),
                "comment", "Answer the *objection*.")).statusCode());
        assertEquals(200, GradingApiTest.grade(code, a, "statement", Map.of("version", 0, "points", 2)).statusCode());
        String graded = p.get("/attempts/" + a.id + "/review").then().statusCode(200).extract().asString();
        assertThat(graded, not(containsString("Awaiting grading")));
        assertThat(graded, containsString("Graded · 7.5 of 10"));
        assertThat(graded, containsString("1.5 of 3"));
        assertThat(graded, containsString("Answer the <em>objection</em>."));
        assertThat(graded, containsString("Marking notes"));
        assertThat(graded, containsString("Strong answers"));
        assertThat("7.5 + 2, the choice question unanswered", graded, containsString("9.5</strong> of 15 points"));
    }
}
