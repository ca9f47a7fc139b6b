package org.agora.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/openapi is generated from the resources; it must describe every call of the API's contract, and only the API. */
@QuarkusTest
class OpenApiTest {

    /** The contract as shipped with the project; the team's shared copy, when present, must be the same. */
    private static final Path SPEC = Path.of("src/test/resources/specs/http-api.md");
    private static final Path SHARED = Path.of("../shared/specs/http-api.md");
    private static final Pattern CALL = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/api/v1/[^`\\s]*)`");

    @Test
    void everyCallInTheSpecIsInTheDocument() throws IOException {
        String spec = Files.readString(SPEC);
        if (Files.exists(SHARED)) {
            assertEquals(Files.readString(SHARED), spec, "src/test/resources/specs/http-api.md is a copy of " + SHARED);
        }
        Set<String> wanted = new TreeSet<>();
        Matcher m = CALL.matcher(spec);
        while (m.find()) {
            wanted.add(m.group(1) + " " + shape(m.group(2)));
        }
        assertTrue(wanted.size() >= 14, "the spec's calls were read: " + wanted);

        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> served = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().forEach(verb -> served.add(verb.toUpperCase() + " " + shape(path))));
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(served);
        assertTrue(missing.isEmpty(), "in the spec but not in /q/openapi: " + missing);
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/v1/")), "only the JSON API: " + paths.keySet());
        assertTrue(doc.getString("info.title").contains("Agora"));
        paths.forEach((path, item) -> item.forEach((verb, operation) -> {
            Map<?, ?> o = (Map<?, ?>) operation;
            assertTrue(o.get("summary") != null && o.get("tags") != null, verb + " " + path + " has a summary and a tag");
        }));
        java.util.List<String> tags = doc.getList("tags.name");
        assertTrue(tags == null || tags.stream().noneMatch(t -> t.contains("Resource")), "no page resource's tag: " + tags);
        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertTrue(schemas.containsKey("AttemptView") && schemas.containsKey("BoardJson"), "the API's own types: " + schemas.keySet());
        assertTrue(!schemas.containsKey("TemplateInstance"), "no page types: " + schemas.keySet());
    }

    /** A path with its parameters unnamed: the spec and the resources may name them differently. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]*\\}", "{}");
    }
}
