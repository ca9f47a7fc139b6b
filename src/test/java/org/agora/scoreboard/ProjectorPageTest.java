package org.agora.scoreboard;

import static org.agora.scoreboard.Learners.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.EventStream;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The projector page: how to join, what it shows, the per-quiz view and its stream. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ProjectorPageTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEmptyClassShowsHowToJoinWithAQrCodeOfTheSignUpAddress() {
        String code = Api.newClass("Empty projector");
        String page = Api.admin().get("/classes/" + code + "/projector").then().statusCode(200).extract().asString();
        String address = base.toString().replaceAll("/$", "") + "/signup?code=" + code;
        assertTrue(page.contains("<code class=\"join-code\" id=\"join-code\">" + code + "</code>"), page);
        assertTrue(page.contains("<strong class=\"join-address\">" + address + "</strong>"), page);
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the QR code is inline SVG");
        assertTrue(page.contains("aria-label=\"QR code of " + address + "\""), page);
        assertTrue(page.contains("data-auto"), "shown because the class is empty: the script hides it once someone joins");
        assertTrue(page.contains("Nobody has joined yet."), page);
        assertFalse(page.contains("http://") && page.replace(base.toString().replaceAll("/$", ""), "").contains("src=\"http"),
                "nothing loaded from elsewhere");

        String hidden = Api.admin().get("/classes/" + code + "/projector?join=0").then().statusCode(200).extract().asString();
        assertTrue(hidden.contains("id=\"join-panel\" aria-labelledby=\"join-title\" hidden"), hidden);
        assertFalse(hidden.contains("QR code of"), hidden);
        assertTrue(hidden.contains("href=\"/classes/" + code + "/projector?join=1\">How to join</a>"), hidden);
    }

    @Test
    void aClassWithLearnersShowsTheTopTenInPercentAndHowToJoinOnDemand() {
        String code = Api.newClass("Full projector");
        for (int i = 1; i <= 12; i++) {
            Learners.signUp(code, "Learner " + i);
        }
        String page = Api.admin().get("/classes/" + code + "/projector").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Top 10 of 12"), page);
        assertTrue(page.contains("data-ranks=\"Ranks #-% of @\""), "the second page's words, for projector.js");
        assertTrue(page.contains("<li id=\"pages-item\" hidden><button type=\"button\" class=\"link\" id=\"projector-pages\">"
                + "Pause the pages</button></li>"), "the pause control, shown by the script");
        assertEquals(10, page.split("<tr data-key=").length - 1);
        assertTrue(page.contains("<td>0%</td>"), page);
        assertFalse(page.contains(" / "), "scores as percentages, not points of a total");
        assertTrue(page.contains("id=\"join-panel\" aria-labelledby=\"join-title\" hidden"), "no join panel unless asked");
        assertFalse(page.contains("Learner 1<"), "nicknames by default");

        String join = Api.admin().get("/classes/" + code + "/projector?join=1").then().statusCode(200).extract().asString();
        assertTrue(join.contains("QR code of"), join);
        assertFalse(join.contains("data-auto"), "asked for: it stays");
        assertTrue(join.contains("href=\"/classes/" + code + "/projector?join=0\">Hide how to join</a>"), join);
    }

    @Test
    void thePerQuizViewShowsWhoSubmittedAndTheDistributionLive() throws Exception {
        String code = Api.newClass("Quiz projector");
        String ada = Learners.signUp(code, "Ada Quizview");
        String bo = Learners.signUp(code, "Bo Quizview");
        Learners.signUp(code, "Cy Quizview");
        Learners.take(ada, "limited", answers("first", new Pick("First")));
        Api.admin().get("/classes/" + code + "/projector?quiz=no-such-quiz").then().statusCode(404);
        Api.admin().get("/classes/" + code + "/projector/events?quiz=no-such-quiz").then().statusCode(404);

        String page = Api.admin().get("/classes/" + code + "/projector?quiz=limited").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<span id=\"submitted-count\">1</span> of <span class=\"learners\">3</span> have submitted"), page);
        assertTrue(page.contains("aria-label=\"Best scores in "), "the histogram says its counts");
        assertTrue(page.contains("data-events=\"/classes/" + code + "/projector/events?quiz=limited\""), page);
        String korean = Api.admin().header("Accept-Language", "ko").get("/classes/" + code + "/projector?quiz=limited").then()
                .statusCode(200).extract().asString();
        assertTrue(korean.contains("<span class=\"learners\">3</span>명 중 <span id=\"submitted-count\">1</span>명이 제출했습니다"), korean);
        assertTrue(korean.contains("최고 점수, 10% 구간별: "), "the chart's label in Korean too");
        String link = page.split("<a href=\"/classes/" + code + "/projector\\?quiz=limited\"")[1].split("</a>")[0];
        assertTrue(link.contains("aria-current=\"page\""), "the quiz's link is marked current: " + link);
        assertEquals(1, page.split("<ul class=\"projector-names\" id=\"submitted-names\"><li>")[1].split("</ul>")[0].split("<li>").length,
                "one name listed");
        // the scoreboard links each quiz's projector view
        String board = Api.admin().get("/classes/" + code + "/scoreboard").then().statusCode(200).extract().asString();
        assertTrue(board.contains("href=\"/classes/" + code + "/projector?quiz=limited\""), board);

        URI events = URI.create(base.toString().replaceAll("/$", "") + "/classes/" + code + "/projector/events?quiz=limited");
        try (EventStream stream = EventStream.open(events, Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((Api.ADMIN + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))))) {
            JsonNode first = new ObjectMapper().readTree(stream.next(20, TimeUnit.SECONDS).data());
            assertEquals(1, first.get("quiz").get("submitted").asInt());
            Learners.take(bo, "limited", answers("first", new Pick("Second")));
            JsonNode update = null;
            for (int i = 0; i < 10 && update == null; i++) {
                EventStream.Event e = stream.next(1, TimeUnit.SECONDS);
                JsonNode n = e == null ? null : new ObjectMapper().readTree(e.data());
                update = n != null && n.get("quiz").get("submitted").asInt() == 2 ? n : null;
            }
            assertNotNull(update, "the second submission is pushed");
            assertEquals(2, update.get("quiz").get("graded").asInt());
            assertEquals(1, update.get("quiz").get("bins").get(0).asInt(), "one 0 % score");
            assertEquals(1, update.get("quiz").get("bins").get(9).asInt(), "one 100 % score");
            assertTrue(update.get("quiz").get("histogram").asText().startsWith("<svg "));
        }
    }
}
