package org.agora.lesson;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ContentApiTest {

    @Test
    void listsValidLessonsInOrder() {
        given().get("/api/v1/lessons").then().statusCode(200)
                .body("id", contains("basics", "more"))
                .body("[0].title", equalTo("Basics of the essay"))
                .body("[0].minutes", equalTo(9))
                .body("[0].quiz", equalTo("all-types"));
    }

    @Test
    void lessonDetailHasHtmlAndSections() {
        given().get("/api/v1/lessons/basics").then().statusCode(200)
                .body("sections.id", contains("argument", "after-cold-war", "summary"))
                .body("html", containsString("href=\"/source#p1\""))
                .body("html", containsString("callout"));
    }

    @Test
    void brokenQuizIsWithdrawnAndOthersServed() {
        given().get("/api/v1/quizzes").then().statusCode(200)
                .body("id", hasItem("all-types"))
                .body("id", not(hasItem("broken")))
                .body("find { it.id == 'pool' }.questions", equalTo(2))
                .body("find { it.id == 'timed' }.timeLimitSeconds", equalTo(2));
    }

    @Test
    void unknownIdsAreProblem404() {
        given().get("/api/v1/lessons/nope").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found"));
    }
}
