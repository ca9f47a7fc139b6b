package org.agora.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.agora.support.Api;
import org.agora.support.Browser;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** The instructor's class pages and the student's "My classes" page, driven like a browser. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class ClassPagesTest {

    private static final String CODE = "[A-Z0-9]{4}-[0-9]{4}";

    private static Browser admin() {
        return Browser.signedIn(Api.ADMIN, Api.ADMIN_PASSWORD);
    }

    private static String ok(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        return r.asString();
    }

    /** The member id in the reset link of this member's row. */
    private static String memberId(String classPage, String code, String username) {
        int row = classPage.indexOf("<td>" + username + "</td>");
        assertTrue(row > 0, username + " listed");
        return Html.find(classPage.substring(row), "href=\"/instructor/classes/" + code + "/members/(\\d+)/reset-password\"");
    }

    @Test
    void dashboardListsClassesWithTheirCodes() {
        String name = "Dashboard " + System.nanoTime();
        String code = Api.newClass(name);
        String html = ok(admin().get("/instructor"));
        assertTrue(html.contains("<a href=\"/instructor/classes/" + code + "\">" + name + "</a>"), "class linked");
        assertTrue(html.contains("<code>" + code + "</code>"), "join code shown");
        assertTrue(html.contains("Administrator"), "instructors listed");
    }

    @Test
    void instructorCreatesAClassWithTheForm() {
        Browser admin = admin();
        ok(admin.get("/instructor"));
        String name = "Form class " + System.nanoTime();
        Response created = admin.post("/instructor/classes", Map.of("name", name));
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.header("Location");
        assertTrue(location.matches(".*/instructor/classes/" + CODE), location);
        String code = location.substring(location.lastIndexOf('/') + 1);

        String page = ok(admin.get("/instructor/classes/" + code));
        assertTrue(page.contains("<h1>" + name + "</h1>"));
        assertTrue(page.contains("<code class=\"join-code\">" + code + "</code>"));
        assertTrue(page.contains("Nobody has joined yet."));
        assertTrue(ok(admin.get("/instructor")).contains(name));
        // Students can join it with the code shown.
        Api.newStudent(code);
    }

    @Test
    void classFormWithoutANameShowsTheFieldError() {
        Browser admin = admin();
        ok(admin.get("/instructor"));
        Response r = admin.post("/instructor/classes", Map.of("name", "   "));
        assertEquals(400, r.statusCode());
        String html = r.asString();
        assertTrue(html.contains("<p class=\"field-error\" id=\"name-error\">"), "message by the field");
        assertTrue(html.contains("aria-invalid=\"true\""), "field marked invalid");
        Html.assertAccessibleShell(html, "dashboard with errors");
    }

    @Test
    void classPageListsMembers() {
        String code = Api.newClass("Members " + System.nanoTime());
        String first = Api.newStudent(code);
        String second = Api.newStudent(code);
        String html = ok(admin().get("/instructor/classes/" + code));
        assertTrue(html.contains("Members (2)"), "member count");
        for (String s : new String[] { first, second }) {
            assertTrue(html.contains("<td><a href=\"/instructor/classes/" + code + "/learners/" + s + "\">Student " + s + "</a></td><td>" + s
                    + "</td>"), s + " listed with name (a link to the learner's record) and username");
        }
        String other = Api.newStudent(Api.newClass("Elsewhere"));
        assertFalse(html.contains(other), "members of other classes are not listed");
    }

    @Test
    void unknownClassPageIs404() {
        Response r = admin().get("/instructor/classes/ZZZZ-0000");
        assertEquals(404, r.statusCode());
        assertTrue(r.getContentType().startsWith("text/html"));
        Html.assertNoStackTrace(r.asString(), "404");
    }

    @Test
    void resetPasswordAsksFirstThenShowsTheNewPasswordOnceAndOnlyItWorks() {
        String code = Api.newClass("Reset " + System.nanoTime());
        String student = Api.newStudent(code);
        Browser admin = admin();
        String page = ok(admin.get("/instructor/classes/" + code));
        String id = memberId(page, code, student);
        assertTrue(page.contains("aria-label=\"Reset password of Student " + student + "\">Reset password</a>"),
                "the accessible name starts with the visible text");
        Browser before = Browser.signedIn(student, Api.PASSWORD);
        assertEquals(200, before.get("/api/v1/me/progress").statusCode());

        // The question first: nothing is reset by opening it.
        String resetPath = "/instructor/classes/" + code + "/members/" + id + "/reset-password";
        String question = ok(admin.get(resetPath));
        assertTrue(question.contains("<h1>Reset the password of Student " + student + "?</h1>"), question);
        assertTrue(question.contains("action=\"" + resetPath + "\""), "a form that posts the reset");
        Api.student(student).get("/api/v1/me/progress").then().statusCode(200);

        // The post redirects; the page it leads to shows the password once.
        Response reset = admin.post(resetPath, Map.of());
        assertEquals(303, reset.statusCode(), reset.asString());
        String shownAt = "/instructor/classes/" + code + "/members/" + id + "/new-password";
        assertTrue(reset.header("Location").endsWith(shownAt), reset.header("Location"));
        assertFalse(reset.asString().contains("class=\"secret\""), "the post's answer holds no password");
        String sealed = Browser.setCookieHeader(reset, "agora-new-password");
        assertTrue(sealed != null && sealed.contains("Path=" + shownAt), "sent to that page only: " + sealed);

        Response shown = admin.get(shownAt);
        String html = ok(shown);
        assertTrue(html.contains("The new password of " + student + ":"), "whose password");
        String password = Html.find(html, "<code class=\"secret\" id=\"new-password\">([^<]+)</code>");
        assertTrue(password.length() >= 12, password);
        assertNotEquals(Api.PASSWORD, password);
        assertTrue(html.contains("data-copy=\"new-password\""), "a copy button (shown by copy.js)");

        Api.as(student, Api.PASSWORD).get("/api/v1/me/progress").then().statusCode(401);
        assertEquals(401, before.get("/api/v1/me/progress").statusCode(), "a session of the old password ends with it");
        Api.as(student, password).get("/api/v1/me/progress").then().statusCode(200);

        // Reloading shows it no more and resets nothing; going back finds the question, not a 405.
        String reload = ok(admin.get(shownAt));
        assertFalse(reload.contains(password), "the password is not shown again");
        assertTrue(reload.contains("shown once and is not shown again"), reload);
        ok(admin.get(resetPath));
        Api.as(student, password).get("/api/v1/me/progress").then().statusCode(200);
        Browser.signedIn(student, password);

        String again = ok(admin.get("/instructor/classes/" + code));
        assertFalse(again.contains(password), "the class page does not show it either");
    }

    @Test
    void theShownPasswordIsOnlyForTheInstructorWhoResetIt() {
        String code = Api.newClass("Reset cookie " + System.nanoTime());
        String student = Api.newStudent(code);
        Browser admin = admin();
        String id = memberId(ok(admin.get("/instructor/classes/" + code)), code, student);
        String resetPath = "/instructor/classes/" + code + "/members/" + id + "/reset-password";
        ok(admin.get(resetPath));
        Response reset = admin.post(resetPath, Map.of());
        String header = Browser.setCookieHeader(reset, "agora-new-password");
        String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));

        String shownAt = "/instructor/classes/" + code + "/members/" + id + "/new-password";
        Browser tampered = admin();
        tampered.setCookie("agora-new-password", value.substring(0, value.length() - 2) + "AA");
        assertFalse(ok(tampered.get(shownAt)).contains("class=\"secret\""), "a changed cookie opens nothing");
        assertTrue(ok(admin.get(shownAt)).contains("class=\"secret\""), "the instructor's own browser sees it once");
    }

    @Test
    void resetIsOnlyForMembersOfThatClass() {
        String code = Api.newClass("Reset scope " + System.nanoTime());
        Api.newStudent(code);
        String otherCode = Api.newClass("Other class");
        String outsider = Api.newStudent(otherCode);
        Browser admin = admin();
        String otherPage = ok(admin.get("/instructor/classes/" + otherCode));
        String outsiderId = memberId(otherPage, otherCode, outsider);
        ok(admin.get("/instructor/classes/" + code));
        assertEquals(403, admin.get("/instructor/classes/" + code + "/members/" + outsiderId + "/reset-password").statusCode());
        Response r = admin.post("/instructor/classes/" + code + "/members/" + outsiderId + "/reset-password", Map.of());
        assertEquals(403, r.statusCode());
        Api.student(outsider).get("/api/v1/me/progress").then().statusCode(200);
    }

    @Test
    void instructorAddsAnInstructorWhosePasswordIsShownOnceAndWorks() {
        Browser admin = admin();
        ok(admin.get("/instructor"));
        String username = "teacher" + System.nanoTime() % 1_000_000;

        // The post redirects, as the reset does; the page it leads to shows the password once.
        Response r = admin.post("/instructor/instructors", Map.of("username", username, "displayName", "Teacher Two"));
        assertEquals(303, r.statusCode(), r.asString());
        String shownAt = Html.find(r.header("Location"), "(/instructor/instructors/\\d+/new-password)$");
        assertFalse(r.asString().contains("class=\"secret\""), "the post's answer holds no password");
        String sealed = Browser.setCookieHeader(r, "agora-new-password");
        assertTrue(sealed != null && sealed.contains("Path=" + shownAt), "sent to that page only: " + sealed);

        String html = ok(admin.get(shownAt));
        assertTrue(html.contains("<h1>New instructor: Teacher Two</h1>"), html);
        assertTrue(html.contains("The instructor account " + username + " is created. Its password:"), "whose password");
        String password = Html.find(html, "<code class=\"secret\" id=\"new-password\">([^<]+)</code>");
        assertTrue(password.length() >= 12, password);
        assertTrue(html.contains("data-copy=\"new-password\""), "a copy button (shown by copy.js)");
        assertTrue(html.contains("<a href=\"/instructor\">Back to the classes</a>"), "the way back");

        Api.as(username, password).contentType(ContentType.JSON).body(Map.of("name", "By the new instructor"))
                .post("/api/v1/classes").then().statusCode(201);
        Browser teacher = Browser.signedIn(username, password);
        assertTrue(ok(teacher.get("/instructor")).contains("By the new instructor"));

        // Reloading shows it no more and creates nothing; the other instructor's browser sees nothing either.
        String reload = ok(admin.get(shownAt));
        assertFalse(reload.contains(password), "the password is not shown again");
        assertTrue(reload.contains("The password was shown once and is not shown again."), reload);
        assertFalse(ok(teacher.get(shownAt)).contains("class=\"secret\""));
        String later = ok(admin.get("/instructor"));
        assertTrue(later.contains("Teacher Two"), "listed among instructors");
        assertFalse(later.contains(password), "the dashboard does not show it either");
        assertEquals(1, later.split("\\(" + username + "\\)", -1).length - 1, "created once");
    }

    @Test
    void theNewInstructorPageIsOnlyForInstructorAccounts() {
        String code = Api.newClass("Not an instructor " + System.nanoTime());
        String student = Api.newStudent(code);
        String studentId = memberId(ok(admin().get("/instructor/classes/" + code)), code, student);
        Browser admin = admin();
        Response r = admin.get("/instructor/instructors/" + studentId + "/new-password");
        assertEquals(404, r.statusCode());
        Html.assertNoStackTrace(r.asString(), "404");
        assertEquals(404, admin.get("/instructor/instructors/99999999/new-password").statusCode());
    }

    @Test
    void addingAnInstructorWithATakenOrBadUsernameShowsTheError() {
        Browser admin = admin();
        ok(admin.get("/instructor"));
        Response taken = admin.post("/instructor/instructors", Map.of("username", "ADMIN", "displayName", "Copy"));
        assertEquals(409, taken.statusCode());
        assertTrue(taken.asString().contains("id=\"un-error\""));
        assertFalse(taken.asString().contains("class=\"secret\""));

        Response bad = admin.post("/instructor/instructors", Map.of("username", "no spaces", "displayName", ""));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("id=\"un-error\""));
        assertTrue(bad.asString().contains("id=\"dn-error\""));
    }

    @Test
    void studentsCannotUseInstructorPages() {
        String code = Api.newClass("Not for students");
        String student = Api.newStudent(code);
        Browser browser = Browser.signedIn(student, Api.PASSWORD);
        assertEquals(403, browser.get("/instructor").statusCode());
        assertEquals(403, browser.get("/instructor/classes/" + code).statusCode());
        Response anon = Browser.anonymous().get("/instructor");
        assertEquals(303, anon.statusCode());
        assertTrue(anon.header("Location").endsWith("/signin?next=%2Finstructor"), anon.header("Location"));
    }

    @Test
    void studentJoinsASecondClassWithItsCode() {
        String firstName = "First " + System.nanoTime();
        String secondName = "Second " + System.nanoTime();
        String first = Api.newClass(firstName);
        String second = Api.newClass(secondName);
        String student = Api.newStudent(first);
        Browser browser = Browser.signedIn(student, Api.PASSWORD);

        String before = ok(browser.get("/classes"));
        assertTrue(before.contains(firstName));
        assertFalse(before.contains(secondName));

        Response joined = browser.post("/classes", Map.of("classCode", second.toLowerCase()));
        assertEquals(303, joined.statusCode(), joined.asString());
        assertTrue(joined.header("Location").endsWith("/classes"), joined.header("Location"));
        String after = ok(browser.get("/classes"));
        assertTrue(after.contains(firstName) && after.contains(secondName), "both classes listed");
        assertTrue(after.contains("<p class=\"alert flash\" role=\"status\">You joined " + secondName + " (" + second + ").</p>"), after);
        assertFalse(ok(browser.get("/classes")).contains("You joined"), "said once");
        assertTrue(ok(admin().get("/instructor/classes/" + second)).contains("<td>" + student + "</td>"),
                "the instructor sees the new member");

        // Joining again is harmless.
        assertEquals(303, browser.post("/classes", Map.of("classCode", second)).statusCode());
        ok(browser.get("/classes")); // the confirmation, once
        assertEquals(1, Html.count(ok(browser.get("/classes")), secondName));
    }

    @Test
    void joiningWithAnUnknownCodeSaysSo() {
        String student = Api.newStudent(Api.newClass("Unknown join"));
        Browser browser = Browser.signedIn(student, Api.PASSWORD);
        ok(browser.get("/classes"));
        Response r = browser.post("/classes", Map.of("classCode", "ZZZZ-0000"));
        assertEquals(404, r.statusCode());
        assertTrue(r.asString().contains("No class has the join code"));
        assertTrue(r.asString().contains("role=\"alert\""));
    }
}
