package org.agora.classroom;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * A fresh install keeps working after the connection pool closes its idle connections, among them
 * the one the migrations ran on. (H2 tied the migrations' value checks to that connection's session,
 * so every sign-up then answered "username taken" and class creation 500, until a restart.)
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class IdleConnectionsTest {

    @Inject
    AgroalDataSource pool;

    @Test
    void signUpAndClassCreationWorkAfterThePoolClosedItsIdleConnections() {
        Api.newClass("Before the flush"); // the pool and the migrations' connection are in use
        pool.flush(AgroalDataSource.FlushMode.IDLE); // what the idle-removal timer does after a quiet spell

        String code = Api.admin().contentType(ContentType.JSON).body(Map.of("name", "After the flush"))
                .post("/api/v1/classes").then().statusCode(201).extract().path("code");
        String username = "idle" + System.nanoTime() % 1_000_000;
        given().contentType(ContentType.JSON)
                .body(Map.of("classCode", code, "username", username, "password", "good-password", "displayName", "Ida Idle"))
                .post("/api/v1/signup").then().statusCode(201);
        Api.as(username, "good-password").get("/api/v1/me/progress").then().statusCode(200);
    }
}
