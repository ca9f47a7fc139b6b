package org.agora.scoreboard;

import static org.agora.scoreboard.Learners.answers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.scoreboard.Learners.Pick;
import org.agora.support.Api;
import org.agora.support.TestContent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** GET /api/v1/classes/{code}/scoreboard.csv for a small class, read back as RFC 4180 CSV. */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class GradebookApiTest {

    @Test
    void gradebookOfASmallClass() throws IOException {
        String code = Api.newClass("Gradebook");
        String kim = Learners.signUp(code, "김민지");
        String doe = Learners.signUp(code, "Doe, Jane \"JJ\"");
        String evil = Learners.signUp(code, "=1+1");
        String split = Learners.signUp(code, "Smith;=1+2");
        // 김민지: annan (2) + ratified (1) = 3 of 8 on all-types (37.5%, below its 50% pass); limited 1 of 1 (passed)
        Learners.take(kim, "all-types", answers("annan", new Pick("Kofi Annan"), "ratified", new Pick("False")));
        Learners.take(kim, "limited", answers("first", new Pick("First")));
        // Doe: limited 0 of 1; read both lessons
        Learners.take(doe, "limited", answers("first", new Pick("Second")));
        Learners.complete(doe, "basics");
        Learners.complete(doe, "more");

        Response response = Api.admin().get("/api/v1/classes/" + code + "/scoreboard.csv").then().statusCode(200).extract()
                .response();
        assertEquals("text/csv;charset=utf-8", response.contentType().replace(" ", "").toLowerCase(Locale.ROOT));
        String disposition = response.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("gradebook-" + code + ".csv"), disposition);

        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 BOM first");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"Doe, Jane \"\"JJ\"\"\","), text);
        assertTrue(text.contains(",\"김민지\","), text);
        // Quoted and defused: a spreadsheet that splits on ';' still sees one cell, starting with the quote.
        assertTrue(text.contains(",\"'Smith;=1+2\","), text);

        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            records = p.getRecords();
        }
        List<String> header = records.get(0).toList();
        assertEquals(List.of("Rank", "Name", "Username"), header.subList(0, 3));
        assertEquals(List.of("Total", "Max total", "Total (%)", "Quizzes passed", "Lessons read"),
                header.subList(header.size() - 5, header.size()));
        assertTrue(header.contains("Every question type (best of 8)"), header.toString());
        assertTrue(header.contains("Every question type (%)"), header.toString());
        assertTrue(header.contains("Two tries (best of 1)"), header.toString());
        assertTrue(header.contains("Two tries (%)"), header.toString());
        assertEquals(5, records.size(), "one row per learner");

        Map<String, Map<String, String>> byUser = records.subList(1, records.size()).stream()
                .map(r -> header.stream().collect(Collectors.toMap(Function.identity(), h -> r.get(header.indexOf(h)))))
                .collect(Collectors.toMap(m -> m.get("Username"), m -> m));
        BigDecimal maxTotal = Learners.maxTotal();
        String max = maxTotal.stripTrailingZeros().toPlainString();

        Map<String, String> k = byUser.get(kim);
        assertEquals("1", k.get("Rank"));
        assertEquals("김민지", k.get("Name"));
        assertEquals("3", k.get("Every question type (best of 8)"));
        assertEquals("37.5", k.get("Every question type (%)"));
        assertEquals("1", k.get("Two tries (best of 1)"));
        assertEquals("100.0", k.get("Two tries (%)"));
        assertEquals("4", k.get("Total"));
        assertEquals(max, k.get("Max total"));
        assertEquals(BigDecimal.valueOf(400).divide(maxTotal, 1, RoundingMode.HALF_UP).toPlainString(), k.get("Total (%)"));
        assertEquals("1", k.get("Quizzes passed"));
        assertEquals("0", k.get("Lessons read"));

        Map<String, String> d = byUser.get(doe);
        assertEquals("2", d.get("Rank"));
        assertEquals("Doe, Jane \"JJ\"", d.get("Name"));
        assertEquals("", d.get("Every question type (best of 8)"), "never submitted: empty, not 0");
        assertEquals("", d.get("Every question type (%)"));
        assertEquals("0", d.get("Two tries (best of 1)"));
        assertEquals("0.0", d.get("Two tries (%)"));
        assertEquals("0", d.get("Total"));
        assertEquals("0.0", d.get("Total (%)"));
        assertEquals("0", d.get("Quizzes passed"));
        assertEquals("2", d.get("Lessons read"));

        Map<String, String> e = byUser.get(evil);
        assertEquals("2", e.get("Rank"), "equal totals share a rank");
        assertEquals("'=1+1", e.get("Name"), "a formula-like name is neutralised");
        assertEquals("0", e.get("Total"));
        assertEquals("'Smith;=1+2", byUser.get(split).get("Name"), "so is a formula after a separator");
    }
}
