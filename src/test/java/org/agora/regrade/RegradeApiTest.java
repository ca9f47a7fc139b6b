package org.agora.regrade;

import static org.agora.regrade.Regrading.answers;
import static org.agora.regrade.Regrading.assertDec;
import static org.agora.regrade.Regrading.attempt;
import static org.agora.regrade.Regrading.entry;
import static org.agora.regrade.Regrading.question;
import static org.agora.regrade.Regrading.stored;
import static org.agora.regrade.Regrading.storedItems;
import static org.agora.regrade.Regrading.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.agora.account.Account;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptItem;
import org.agora.support.Api;
import org.agora.support.Attempts;
import org.agora.support.Browser;
import org.agora.support.Problems;
import org.agora.support.TestContent;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/classes/{code}/quizzes/{id}/regrade}: a quiz file whose key is fixed while
 * learners have submitted, regraded as a dry run (nothing written), committed (scores, before-values,
 * the learner's note, the scoreboard, progress, gradebook and statistics follow) and committed again
 * (nothing changes), in each mode, for removed options and questions, and the access rules.
 */
@QuarkusTest
@QuarkusTestResource(TestContent.class)
class RegradeApiTest {

    /** Keyed Alpha (wrong, as it turns out), and a year. */
    static final String KEYED_ALPHA = RegraderTest.WHICH_ALPHA + "\n" + RegraderTest.YEAR;

    /** The key fixed. */
    static final String KEYED_BETA = RegraderTest.WHICH_BETA + "\n" + RegraderTest.YEAR;

    private static long adminId() {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(Api.ADMIN).orElseThrow().id);
    }

    private static JsonPath progress(String user) {
        return new JsonPath(Api.student(user).get("/api/v1/me/progress").then().statusCode(200).extract().asString())
                .using(Attempts.EXACT);
    }

    private static Object best(String user, String quiz) {
        return progress(user).get("quizzes.find { it.id == '" + quiz + "' }.best");
    }

    private static Object boardBest(String code, String user, String quiz) {
        JsonPath board = new JsonPath(Api.admin().get("/api/v1/classes/" + code + "/scoreboard").then().statusCode(200)
                .extract().asString()).using(Attempts.EXACT);
        return board.get("rows.find { it.name == 'Student " + user + "' }.quizzes.'" + quiz + "'.best");
    }

    /** The learner's best score at the quiz in the gradebook CSV. */
    private static String gradebookBest(String code, String user, String quizTitle) {
        String csv = Api.admin().get("/api/v1/classes/" + code + "/scoreboard.csv").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int column = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("\"" + quizTitle + " (best of")) {
                column = i;
            }
        }
        assertTrue(column >= 0, () -> "no column for " + quizTitle + " in " + lines.get(0));
        for (String line : lines) {
            if (line.contains("\"" + user + "\"")) {
                return line.split(",")[column];
            }
        }
        throw new AssertionError("no row for " + user + " in " + csv);
    }

    private static double facility(String code, String quiz, String qid) {
        JsonPath stats = Api.admin().get("/api/v1/classes/" + code + "/quizzes/" + quiz + "/stats").then().statusCode(200)
                .extract().jsonPath();
        return stats.getDouble("questions.find { it.id == '" + qid + "' }.facility");
    }

    @Test
    void aFixedKeyIsPreviewedThenCommittedOnceAndEverythingFollows() throws Exception {
        Regrading rg = new Regrading("rg-fixed-key");
        String code = Api.newClass("Regrade a fixed key");
        String elsewhere = Api.newClass("Regrade elsewhere");
        try {
            rg.publish(code, text(rg.quiz, 60, KEYED_ALPHA));
            String ann = Api.newStudent(code);
            String bo = Api.newStudent(code);
            String cy = Api.newStudent(code);
            String dee = Api.newStudent(code);
            String out = Api.newStudent(elsewhere);
            String a = rg.submitted(ann, answers("which", List.of("Beta"), "year", "1997")); // 1 of 2 under the wrong key
            String b = rg.submitted(bo, answers("which", List.of("Alpha"), "year", "1997")); // 2 of 2
            String c = rg.submitted(cy, answers("which", List.of("Beta"), "year", "1996")); // 0 of 2
            String o = rg.submitted(out, answers("which", List.of("Beta"), "year", "1997")); // not a member of the class
            JsonPath open = Attempts.start(dee, rg.quiz); // open while the key is fixed and regraded
            Attempts.save(dee, open, answers("which", List.of("Beta")));

            assertDec("1", boardBest(code, ann, rg.quiz), "the board before (and in the scoreboard's cache)");
            assertEquals("1", gradebookBest(code, ann, "Regrade " + rg.quiz));
            assertEquals(1.0 / 3, facility(code, rg.quiz, "which"), 0.001);

            String fixed = text(rg.quiz, 60, KEYED_BETA);
            rg.publish(code, fixed);

            // The dry run: per attempt old and new, per question the change; nothing written.
            JsonPath dry = rg.regrade(code, true, "normal");
            assertEquals(rg.quiz, dry.getString("quiz"));
            assertEquals(Regrading.sha256(fixed), dry.getString("version"));
            assertTrue(dry.getBoolean("dryRun"));
            assertEquals("normal", dry.getString("mode"));
            assertEquals(3, dry.getInt("changed"));
            assertEquals(3, dry.getList("attempts").size(), "the members' submitted attempts, not the open one nor another class's");
            Map<String, Object> ea = entry(dry, a);
            assertEquals("Student " + ann, ea.get("learner"));
            assertEquals(true, ea.get("changed"));
            assertDec("1", ea.get("oldScore"), "ann before");
            assertDec("2", ea.get("newScore"), "ann after");
            assertDec("2", ea.get("oldMaxScore"), "ann max before");
            assertDec("2", ea.get("newMaxScore"), "ann max after");
            Map<String, Object> which = question(ea, "which");
            assertEquals("rescored", which.get("change"));
            assertDec("0", which.get("oldEarned"), "which before");
            assertDec("1", which.get("newEarned"), "which after");
            assertEquals("unchanged", question(ea, "year").get("change"));
            assertDec("1", entry(dry, b).get("newScore"), "bo goes down in normal mode");
            assertDec("1", entry(dry, c).get("newScore"), "cy");

            assertDec("1", attempt(ann, a).get("result.score"), "the dry run wrote nothing");
            assertFalse(attempt(ann, a).getMap("result").containsKey("regrade"), "no note before a commit");
            assertNull(stored(a).regradedAt);
            assertNull(stored(a).scoreBeforeRegrade);
            assertTrue(storedItems(a).stream().allMatch(i -> i.earnedBeforeRegrade == null));
            assertDec("1", best(ann, rg.quiz), "progress unchanged by the dry run");
            assertDec("1", boardBest(code, ann, rg.quiz), "scoreboard unchanged by the dry run");

            // The commit.
            JsonPath commit = rg.regrade(code, false, "normal");
            assertFalse(commit.getBoolean("dryRun"));
            assertEquals(3, commit.getInt("changed"));
            assertDec("2", entry(commit, a).get("newScore"), "ann committed");

            Attempt sa = stored(a);
            assertDec("2", sa.score, "ann's score");
            assertDec("1", sa.scoreBeforeRegrade, "ann's score before");
            assertDec("2", sa.maxBeforeRegrade, "ann's max before");
            assertDec("100.0", sa.percent, "ann's percent");
            assertEquals(Boolean.TRUE, sa.passed);
            assertNotNull(sa.regradedAt);
            assertEquals(sa.regradedAt, sa.scoreChangedAt, "scoreboards watch score_changed_at");
            assertEquals(adminId(), sa.regradedBy);
            assertEquals(Regrading.sha256(fixed), sa.regradedHash);
            AttemptItem whichItem = storedItems(a).stream().filter(i -> i.questionId.equals("which")).findFirst().orElseThrow();
            assertDec("0", whichItem.earnedBeforeRegrade, "which before");
            assertDec("1", whichItem.pointsBeforeRegrade, "which points before");
            assertDec("1", whichItem.earned, "which now");
            assertNull(storedItems(a).stream().filter(i -> i.questionId.equals("year")).findFirst().orElseThrow().earnedBeforeRegrade,
                    "an item the regrade did not change has no before-values");
            Attempt sb = stored(b);
            assertDec("1", sb.score, "bo's score");
            assertEquals(Boolean.FALSE, sb.passed, "50 % no longer passes at 60");
            assertNull(stored(o).regradedAt, "another class's attempt is not touched");
            assertDec("1", stored(o).score, "another class's attempt keeps its score");

            // The learner sees it: the API result and the review page.
            JsonPath got = attempt(ann, a);
            assertDec("2", got.get("result.score"), "the API result");
            assertDec("1", got.get("result.regrade.was"), "was");
            assertDec("2", got.get("result.regrade.wasMax"), "was of");
            assertDec("2", got.get("result.regrade.score"), "now");
            assertEquals(List.of("which"), got.getList("result.regrade.questions.id"));
            assertNotNull(got.getString("result.regrade.at"));
            String review = Browser.signedIn(ann, Api.PASSWORD).get("/attempts/" + a + "/review").asString();
            assertTrue(review.contains("Regraded on"), review);
            assertTrue(review.replaceAll("\\s+", " ").contains("was 1 of 2, now 2 of 2"), review);
            assertTrue(review.contains("Question 1 changed: 0 of 1 → 1 of 1"), review);
            assertFalse(review.contains("Question 2 changed"), review);

            // Progress, scoreboard, gradebook and statistics follow.
            assertDec("2", best(ann, rg.quiz), "ann's progress");
            assertEquals(Boolean.TRUE, progress(ann).get("quizzes.find { it.id == '" + rg.quiz + "' }.passed"));
            assertDec("1", best(bo, rg.quiz), "bo's progress");
            assertEquals(Boolean.FALSE, progress(bo).get("quizzes.find { it.id == '" + rg.quiz + "' }.passed"));
            assertDec("2", boardBest(code, ann, rg.quiz), "the scoreboard after the commit");
            assertEquals("2", gradebookBest(code, ann, "Regrade " + rg.quiz));
            assertEquals(2.0 / 3, facility(code, rg.quiz, "which"), 0.001);

            // Committing again changes nothing and writes nothing.
            JsonPath again = rg.regrade(code, false, "normal");
            assertEquals(0, again.getInt("changed"));
            assertTrue(again.getList("attempts.changed").stream().allMatch(Boolean.FALSE::equals));
            Attempt sa2 = stored(a);
            assertEquals(sa.regradedAt, sa2.regradedAt, "no second regrade recorded");
            assertDec("1", sa2.scoreBeforeRegrade, "the before-value is the original score, not the regraded one");
            assertDec("2", sa2.score, "ann's score stays");

            // The attempt open during the regrade is scored on submit against its own version and then
            // regraded as the others were: it ends on the fixed key, and says so.
            JsonPath late = Attempts.submit(dee, open.getString("attempt"));
            assertDec("1", late.get("score"), "Beta, right under the fixed key the regrade applied");
            assertNotNull(late.get("regrade"), "the learner sees that the attempt was regraded");
            assertDec("0", late.get("regrade.was"), "was 0 under the attempt's own version");
            Attempt sd = stored(open.getString("attempt"));
            assertEquals(Regrading.sha256(fixed), sd.regradedHash);
            JsonPath later = rg.regrade(code, false, "normal");
            assertEquals(0, later.getInt("changed"), "nothing left for a later regrade to change");
            // An attempt started after the commit is on the fixed version already: nothing to catch up.
            String eve = Api.newStudent(code);
            JsonPath fresh = Attempts.take(eve, rg.quiz, answers("which", List.of("Beta"), "year", "1997"));
            assertDec("2", fresh.get("score"), "eve");
            assertNull(fresh.get("regrade"));
        } finally {
            rg.remove();
        }
    }

    @Test
    void raiseOnlyLowersNoScore() {
        Regrading rg = new Regrading("rg-raise-only");
        String code = Api.newClass("Regrade raise-only");
        try {
            rg.publish(code, text(rg.quiz, 50, KEYED_ALPHA));
            String a = rg.submittedByNewMember(code, "Alpha", "1997");
            String b = rg.submittedByNewMember(code, "Beta", "1997");
            rg.publish(code, text(rg.quiz, 50, KEYED_BETA));

            JsonPath r = rg.regrade(code, false, "raise-only");
            assertEquals(1, r.getInt("changed"));
            for (Map<String, Object> e : r.<Map<String, Object>>getList("attempts")) {
                assertTrue(Regrading.dec(e.get("newScore")).compareTo(Regrading.dec(e.get("oldScore"))) >= 0, "no score goes down: " + e);
            }
            Map<String, Object> kept = question(entry(r, a), "which");
            assertEquals("kept", kept.get("change"));
            assertTrue(((String) kept.get("reason")).contains("raise-only"), kept.toString());
            assertDec("2", stored(a).score, "ann keeps 2");
            assertNull(stored(a).regradedAt, "ann's attempt is not written");
            assertDec("2", stored(b).score, "bo rises to 2");
            assertDec("1", stored(b).scoreBeforeRegrade, "bo's score before");
            assertEquals(0, rg.regrade(code, false, "raise-only").getInt("changed"), "again: nothing");
        } finally {
            rg.remove();
        }
    }

    @Test
    void fullCreditGoesToTheNamedQuestionForEveryAttemptWhateverItsVersion() {
        Regrading rg = new Regrading("rg-full-credit");
        String code = Api.newClass("Regrade full credit");
        try {
            rg.publish(code, text(rg.quiz, 50, KEYED_ALPHA));
            String a = rg.submittedByNewMember(code, "Alpha", "1997"); // 2 of 2
            String b = rg.submittedByNewMember(code, "Gamma", "1996"); // 0 of 2
            rg.publish(code, text(rg.quiz, 50, KEYED_ALPHA.replace("{#which}", "{#which points=2}")));
            String c = rg.submittedByNewMember(code, "Gamma", "1996"); // 0 of 3, on the current version

            Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", true, "mode", "full-credit")), 400);

            JsonPath r = rg.regrade(code, false, "full-credit", "which");
            assertEquals(List.of("which"), r.getList("questions"));
            assertEquals(3, r.getInt("changed"));
            Map<String, Object> ea = entry(r, a);
            assertEquals("full-credit", question(ea, "which").get("change"));
            assertDec("2", question(ea, "which").get("newEarned"), "full current points");
            assertEquals("unchanged", question(ea, "year").get("change"));
            assertDec("3", ea.get("newScore"), "ann 3");
            assertDec("3", ea.get("newMaxScore"), "ann of 3");
            assertDec("2", stored(b).score, "bo 2 of 3");
            assertDec("3", stored(b).maxScore, "bo of 3");
            assertDec("2", stored(c).score, "the current version's attempt gets it too");
            assertDec("0", stored(c).scoreBeforeRegrade, "cy before");
            assertEquals(0, rg.regrade(code, false, "full-credit", "which").getInt("changed"), "again: nothing");
        } finally {
            rg.remove();
        }
    }

    @Test
    void aRemovedOptionOrQuestionKeepsItsScoreAndTheDryRunSaysWhy() {
        Regrading rg = new Regrading("rg-removed");
        String code = Api.newClass("Regrade removed");
        try {
            rg.publish(code, text(rg.quiz, 50, KEYED_ALPHA));
            String a = rg.submittedByNewMember(code, "Beta", "1997"); // 1 of 2
            // Gamma removed, Beta keyed and worth 2; the year question removed; a new question.
            rg.publish(code, text(rg.quiz, 50, """
                    ## Which one is right? {#which points=2}

                    - ( ) Alpha
                    - (x) Beta

                    ## A new one {#extra}

                    = 42
                    """));
            JsonPath dry = rg.regrade(code, true, "normal");
            Map<String, Object> e = entry(dry, a);
            Map<String, Object> which = question(e, "which");
            assertEquals("kept", which.get("change"));
            assertTrue(((String) which.get("reason")).contains("Gamma"), which.toString());
            assertDec("1", which.get("newPoints"), "kept: its old points");
            Map<String, Object> year = question(e, "year");
            assertEquals("kept", year.get("change"));
            assertEquals(English.of(Regrader.REMOVED), year.get("reason"));
            // The same dry run in Korean: the reasons follow the request's language, the rest does not change.
            JsonPath ko = new JsonPath(rg.call(Api.admin().header("Accept-Language", "ko"), code,
                    Map.of("dryRun", true, "mode", "normal")).then().statusCode(200).extract().asString());
            Map<String, Object> koEntry = entry(ko, a);
            assertEquals("삭제된 보기: “Gamma”", question(koEntry, "which").get("reason"));
            assertEquals("문항이 삭제되었습니다", question(koEntry, "year").get("reason"));
            assertEquals("kept", question(koEntry, "year").get("change"));
            assertEquals(List.of("which", "year"), ((List<?>) e.get("questions")).stream().map(q -> ((Map<?, ?>) q).get("id")).toList(),
                    "the added question is not part of the attempt");
            assertEquals(0, dry.getInt("changed"));
            assertEquals(0, rg.regrade(code, false, "normal").getInt("changed"));
            assertNull(stored(a).regradedAt);
            assertDec("1", stored(a).score, "kept");
            // Full credit for a question that is gone is refused: the current version has no such question.
            Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", true, "mode", "full-credit",
                    "questions", List.of("year"))), 400);
        } finally {
            rg.remove();
        }
    }

    @Test
    void essayGradesAreKeptAndAnAttemptAwaitingGradingStaysSoThroughARegrade() {
        Regrading rg = new Regrading("rg-essays");
        String code = Api.newClass("Regrade with essays");
        String essay = "\n## Your verdict {#verdict points=4 type=essay}\n\nWrite.\n";
        try {
            rg.publish(code, text(rg.quiz, 60, RegraderTest.WHICH_ALPHA + essay));
            String ann = Api.newStudent(code);
            String bo = Api.newStudent(code);
            String a = rg.submitted(ann, answers("which", List.of("Beta"), "verdict", "My verdict."));
            String b = rg.submitted(bo, answers("which", List.of("Beta"), "verdict", "Mine too."));
            gradeVerdict(code, rg.quiz, a, 3); // released at once (the class's default); Bo's waits
            assertEquals("scored", attempt(ann, a).getString("result.status"));
            assertDec("3", attempt(ann, a).get("result.score"), "0 for the wrong key + 3");

            rg.publish(code, text(rg.quiz, 60, RegraderTest.WHICH_BETA + essay));
            JsonPath done = rg.regrade(code, false, "normal");
            assertEquals("kept", question(entry(done, a), "verdict").get("change"));
            assertDec("4", attempt(ann, a).get("result.score"), "1 for the fixed key + the grade of 3, kept");
            JsonPath waiting = attempt(bo, b);
            assertEquals("awaiting-grading", waiting.getString("result.status"), "a regrade grades no essay");
            assertDec("1", waiting.get("result.score"), "Bo's choice rescored");
            assertDec("4", waiting.get("result.pending"), "the essay still to grade");
            assertNull(waiting.get("result.passed"));

            gradeVerdict(code, rg.quiz, b, 2);
            JsonPath graded = attempt(bo, b);
            assertEquals("scored", graded.getString("result.status"));
            assertDec("3", graded.get("result.score"), "the regraded 1 + the grade of 2");
            assertEquals(true, graded.getBoolean("result.passed"), "3 of 5 is 60 %");
        } finally {
            rg.remove();
        }
    }

    private static void gradeVerdict(String code, String quiz, String attempt, int points) {
        Api.admin().contentType(ContentType.JSON).body(Map.of("version", 0, "points", points))
                .put("/api/v1/classes/" + code + "/quizzes/" + quiz + "/grading/" + attempt + "/verdict").then().statusCode(200);
    }

    @Test
    void accessRulesAndBadBodies() {
        Regrading rg = new Regrading("all-types"); // a fixture quiz, never changed here
        String code = Api.newClass("Regrade access");
        String student = Api.newStudent(code);
        Map<String, Object> ok = Map.of("dryRun", true, "mode", "normal");

        Problems.assertProblem(rg.call(io.restassured.RestAssured.given(), code, ok), 401);
        Problems.assertProblem(rg.call(Api.student(student), code, ok), 403);
        Problems.assertProblem(rg.call(Api.admin(), "ZZZZ-9999", ok), 404);
        Problems.assertProblem(new Regrading("no-such-quiz").call(Api.admin(), code, ok), 404);
        assertEquals(200, rg.call(Api.admin(), code, ok).statusCode());

        JsonPath empty = Problems.assertProblem(rg.call(Api.admin(), code, Map.of()), 400);
        assertNotNull(empty.getString("errors.dryRun"));
        assertNotNull(empty.getString("errors.mode"));
        assertNotNull(Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", true, "mode", "sideways")), 400)
                .getString("errors.mode"));
        assertNotNull(Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", true, "mode", "normal",
                "questions", List.of("no-such-question"))), 400).getString("errors.questions"));
        Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", true, "mode", "normal", "questions", List.of())), 400);
        Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", false, "mode", "full-credit")), 400);
        Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", "maybe", "mode", "normal")), 400);
        Problems.assertProblem(rg.call(Api.admin(), code, "{\"dryRun\": tru"), 400);
        Problems.assertProblem(Api.admin().contentType(ContentType.JSON)
                .post("/api/v1/classes/" + code + "/quizzes/all-types/regrade"), 400);
        Problems.assertProblem(rg.call(Api.admin(), code, Map.of("dryRun", false, "mode", "normal", "version", "0".repeat(64))),
                409);
    }
}
