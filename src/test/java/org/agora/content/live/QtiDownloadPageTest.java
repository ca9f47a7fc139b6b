package org.agora.content.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agora.support.Api;
import org.agora.support.Html;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/** "Download as QTI" on the content page: the served quiz's file as a QTI package for Canvas, for instructors only. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class QtiDownloadPageTest {

    private static String href() {
        String page = Api.admin().get("/instructor/content").asString();
        assertTrue(page.contains(">Download as QTI<"), "the link's text");
        return Html.find(page, "href=\"(/instructor/content/quizzes/[a-z0-9-]+\\.qti\\.zip)\"");
    }

    @Test
    void anInstructorDownloadsTheZip() throws IOException {
        String href = href();
        String id = href.replaceFirst(".*/", "").replace(".qti.zip", "");
        Response zip = Api.admin().get(href);
        assertEquals(200, zip.statusCode(), zip.asString());
        assertEquals("application/zip", zip.contentType());
        assertEquals("attachment; filename=\"" + id + ".qti.zip\"", zip.header("Content-Disposition"));
        List<String> names = new ArrayList<>();
        String assessment = "";
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.asByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] bytes = in.readAllBytes();
                if (e.getName().matches("g[0-9a-f]{32}/g[0-9a-f]{32}\\.xml")) {
                    assessment = new String(bytes, StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(3, names.size(), names.toString());
        assertEquals("imsmanifest.xml", names.get(0));
        assertTrue(names.get(2).endsWith("/assessment_meta.xml"), names.toString());
        assertTrue(assessment.contains("<questestinterop") && assessment.contains("<item "), assessment);
        assertEquals(404, Api.admin().get("/instructor/content/quizzes/no-such-quiz.qti.zip").statusCode());
    }

    @Test
    void aStudentIsRefusedAndAnonymousIsSentToSignIn() {
        String href = href();
        String student = Api.newStudent(Api.newClass("QTI download"));
        assertEquals(403, Api.student(student).redirects().follow(false).get(href).statusCode());
        Response anonymous = given().redirects().follow(false).get(href);
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").contains("/signin?next="), anonymous.header("Location"));
    }
}
