package org.agora.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Asserts the API's error contract: problem JSON with status, title and detail, never a stack trace. */
public final class Problems {

    private Problems() {
    }

    /** Checks the response is a problem with this status; returns its JSON for further checks. */
    public static JsonPath assertProblem(Response r, int status) {
        String body = r.asString();
        assertEquals(status, r.statusCode(), () -> "status; body: " + body);
        String type = r.getContentType();
        assertNotNull(type, "Content-Type");
        assertTrue(type.startsWith("application/problem+json"), () -> "Content-Type was " + type + "; body: " + body);
        Html.assertNoStackTrace(body, "problem body");
        assertFalse(body.contains("\tat "), "stack frame in problem body");
        JsonPath json = r.jsonPath();
        assertEquals(status, json.getInt("status"), "status field");
        String title = json.getString("title");
        String detail = json.getString("detail");
        assertTrue(title != null && !title.isBlank(), "title field");
        assertTrue(detail != null && !detail.isBlank(), "detail field");
        return json;
    }
}
