package org.agora.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helpers that drive the real API: the admin, classes and fresh students. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-pass-1";
    public static final String PASSWORD = "student-pass-1";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }

    public static RequestSpecification admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification student(String username) {
        return as(username, PASSWORD);
    }

    /** Creates a class and returns its join code. */
    public static String newClass(String name) {
        return admin().contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/classes").then().statusCode(201).extract().path("code");
    }

    /** Signs up a new student with a unique username in the class; returns the username. */
    public static String newStudent(String classCode) {
        String username = "s" + System.nanoTime() % 100000 + "x" + SEQ.incrementAndGet();
        given().contentType(ContentType.JSON)
                .body(Map.of("classCode", classCode, "username", username, "password", PASSWORD, "displayName",
                        "Student " + username))
                .post("/api/v1/signup").then().statusCode(201);
        return username;
    }
}
