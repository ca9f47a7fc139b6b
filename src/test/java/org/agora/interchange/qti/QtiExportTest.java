package org.agora.interchange.qti;

import static org.agora.interchange.qti.QtiZip.item;
import static org.agora.interchange.qti.QtiZip.metadata;
import static org.agora.interchange.qti.QtiZip.value;
import static org.agora.interchange.qti.QtiZip.values;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agora.content.Problem;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** The README's mapping, Agora → Canvas QTI, one case at a time. */
class QtiExportTest {

    private static List<String> warnings(String text) {
        return new QtiExporter().export("quizzes/t.md", text).warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void thePackageIsLaidOutAsCanvasImportsIt() throws Exception {
        byte[] zip = new QtiExporter().export("quizzes/t.md", QtiQuizzes.EVERY_TYPE).zip();
        QtiZip z = QtiZip.of(zip);
        String id = new QtiIds("t").assessment();
        assertEquals(List.of("imsmanifest.xml", id + "/" + id + ".xml", id + "/assessment_meta.xml"),
                List.copyOf(z.entries().keySet()));
        Document manifest = z.xml("imsmanifest.xml");
        assertEquals("imsqti_xmlv1p2", value(manifest, "//resource[@identifier='" + id + "']/@type"));
        assertEquals(id + "/" + id + ".xml", value(manifest, "//resource[@identifier='" + id + "']/file/@href"));
        String meta = value(manifest, "//resource[@identifier='" + id + "']/dependency/@identifierref");
        assertEquals(id + "/assessment_meta.xml", value(manifest, "//resource[@identifier='" + meta + "']/@href"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
    }

    @Test
    void theSameFileExportsTheSameBytes() {
        byte[] one = new QtiExporter().export("quizzes/t.md", QtiQuizzes.EVERY_TYPE).zip();
        byte[] two = new QtiExporter().export("quizzes/t.md", QtiQuizzes.EVERY_TYPE).zip();
        assertArrayEquals(one, two);
        byte[] other = new QtiExporter().export("quizzes/u.md", QtiQuizzes.EVERY_TYPE).zip();
        assertFalse(java.util.Arrays.equals(one, other), "another quiz id, other identifiers");
    }

    @Test
    void aFileWithErrorsExportsNothing() {
        QtiExporter.Export export = new QtiExporter().export("quizzes/bad.md", "## No answers here {#x}\n");
        assertFalse(export.ok());
        assertNull(export.zip());
        assertEquals(1, export.errors().get(0).line());
    }

    @Test
    void everyTypeMapsToItsCanvasType() {
        Document qti = QtiZip.export(QtiQuizzes.EVERY_TYPE).assessment();
        assertEquals("multiple_choice_question", metadata(item(qti, "Capital of France?"), "question_type"));
        assertEquals("true_false_question", metadata(item(qti, "The sky is blue."), "question_type"));
        assertEquals("multiple_answers_question", metadata(item(qti, "Which are primes?"), "question_type"));
        assertEquals("short_answer_question", metadata(item(qti, "Name the author."), "question_type"));
        assertEquals("numerical_question", metadata(item(qti, "Which year?"), "question_type"));
        assertEquals("matching_question", metadata(item(qti, "Put them in order."), "question_type"));
        assertEquals("matching_question", metadata(item(qti, "Match them."), "question_type"));
        assertEquals("essay_question", metadata(item(qti, "Give your verdict."), "question_type"));
        assertEquals("1.5", metadata(item(qti, "Which year?"), "points_possible"));
        assertEquals("4", metadata(item(qti, "Give your verdict."), "points_possible"));
    }

    @Test
    void htmlTravelsAsEscapedTextOfTypeHtml() {
        QtiZip z = QtiZip.export("## Is *this* <b>bold</b>? {#q}\n\nA `x < y` stem.\n\n- (x) yes & no\n- ( ) no\n");
        String raw = new String(z.entries().get(new QtiIds("t").assessment() + "/" + new QtiIds("t").assessment() + ".xml"),
                StandardCharsets.UTF_8);
        assertTrue(raw.contains("&lt;p&gt;Is &lt;em&gt;this&lt;/em&gt;"), raw);
        Node item = item(z.assessment(), "Is this <b>bold</b>?");
        String text = value(item, "presentation/material/mattext");
        assertTrue(text.startsWith("<p>Is <em>this</em> &lt;b&gt;bold&lt;/b&gt;?</p>"), text);
        assertTrue(text.contains("<code>x &lt; y</code>"), text);
        assertEquals("yes &amp; no", value(item, ".//response_label[1]/material/mattext"));
        String cited = value(item(QtiZip.export("## Who said it? [P3] {#q}\n\n- (x) a [P4]\n- ( ) b\n").assessment(),
                "Who said it? [P3]"), ".");
        assertTrue(cited.contains("Who said it? [P3]") && cited.contains("a [P4]"), cited);
        assertFalse(cited.contains("href"), "no link into Agora's pages: " + cited);
    }

    @Test
    void feedbackAndExplanationBecomeCanvasFeedback() {
        Node single = item(QtiZip.export(QtiQuizzes.EVERY_TYPE).assessment(), "Capital of France?");
        assertEquals("<p>Paris is the capital; Lyon is the third city.</p>",
                value(single, "itemfeedback[@ident='general_fb']//mattext").strip());
        String paris = values(single, ".//response_label/@ident").get(0);
        assertEquals("<p>Yes: since the tenth century.</p>", value(single, "itemfeedback[@ident='" + paris + "_fb']//mattext").strip());
        assertEquals(paris, value(single, ".//respcondition[displayfeedback/@linkrefid='" + paris + "_fb']/conditionvar/varequal"));
        assertEquals("Yes", value(single, ".//respcondition[displayfeedback/@linkrefid='general_fb']/@continue"));
    }

    @Test
    void theQuizSettingsGoIntoAssessmentMeta() {
        Document meta = QtiZip.export(QtiQuizzes.EVERY_TYPE).meta();
        assertEquals("Every type", value(meta, "/quiz/title"));
        assertTrue(value(meta, "/quiz/description").contains("Read the"), "the introduction");
        assertEquals("false", value(meta, "/quiz/shuffle_answers"));
        assertEquals("2", value(meta, "/quiz/allowed_attempts"));
        assertEquals("2", value(meta, "/quiz/time_limit"), "90 s, rounded up to whole minutes");
        assertEquals("12.5", value(meta, "/quiz/points_possible"));
        assertEquals("always", value(meta, "/quiz/hide_results"), "review: never");
        assertEquals("false", value(meta, "/quiz/show_correct_answers"));
        Document open = QtiZip.export("---\nreview: after-last-attempt\n---\n\n## Q {#q}\n\n- (x) a\n- ( ) b\n").meta();
        assertEquals("-1", value(open, "/quiz/allowed_attempts"), "unlimited");
        assertEquals("", value(open, "/quiz/time_limit"));
        assertEquals("true", value(open, "/quiz/shuffle_answers"));
        assertEquals("until_after_last_attempt", value(open, "/quiz/hide_results"));
        assertEquals("true", value(open, "/quiz/show_correct_answers_last_attempt"));
        Document plain = QtiZip.export("---\nlayout: one-per-page\n---\n\n## Q {#q}\n\n- (x) a\n- ( ) b\n").meta();
        assertEquals("", value(plain, "/quiz/hide_results"), "review: after-submit");
        assertEquals("true", value(plain, "/quiz/show_correct_answers"));
        assertEquals("true", value(plain, "/quiz/one_question_at_a_time"));
        assertEquals("false", value(open, "/quiz/one_question_at_a_time"));
    }

    @Test
    void pickBecomesAQuestionGroupWhenThePointsAreEqual() {
        String quiz = "---\npick: 1\n---\n\n## A {#a}\n\n- (x) a\n- ( ) b\n\n## B {#b}\n\n- (x) a\n- ( ) b\n";
        Document qti = QtiZip.export(quiz).assessment();
        assertEquals("1", value(qti, "//section/section/selection_ordering/selection/selection_number"));
        assertEquals("1", value(qti, "//selection/selection_extension/points_per_item"));
        assertEquals(2, QtiZip.nodes(qti, "//section/section/item").size());
        assertEquals(List.of(), warnings(quiz));
        String unequal = quiz.replace("{#b}", "{#b points=2}");
        assertEquals(List.of("quizzes/t.md:2: warning: pick is not carried: a Canvas question group gives every question "
                + "the same points, and these questions' points differ"), warnings(unequal));
        assertEquals(List.of(), QtiZip.nodes(QtiZip.export(unequal).assessment(), "//selection_ordering"));
    }

    @Test
    void everyWarningOfTheQuizOfEveryType() {
        assertEquals(List.of(
                "quizzes/t.md:4: warning: time-limit is rounded up to 2 minutes: Canvas counts whole minutes",
                "quizzes/t.md:7: warning: pass is not carried: a Canvas quiz has no pass mark",
                "quizzes/t.md:16: warning: credit 50% is not carried: a Canvas choice is right or wrong, so this option earns 0 there",
                "quizzes/t.md:26: warning: level= is not carried: Canvas has no cognitive level for a question",
                "quizzes/t.md:33: warning: see=intro is not carried: a Canvas question cannot point to a lesson",
                "quizzes/t.md:33: warning: case=sensitive is not carried: Canvas compares short answers without regard to case",
                "quizzes/t.md:36: warning: credit 50% is not carried: every Canvas short answer earns full marks (left out)",
                "quizzes/t.md:37: warning: the regex answer /kofi.*/i is not carried: Canvas's short answers are exact texts (left out)",
                "quizzes/t.md:39: warning: the hint (> [!TIP]) is not carried: Canvas Classic Quizzes have no hints",
                "quizzes/t.md:47: warning: credit 50% is not carried: every Canvas numerical answer earns full marks (left out)",
                "quizzes/t.md:49: warning: Canvas has no ordering question: written as a matching of each item to its position; "
                        + "scoring=exact is not carried (Canvas scores the share of items in place)",
                "quizzes/t.md:61: warning: the essay's rubric and word limits (words=, > [!RUBRIC]) are not carried: a Canvas "
                        + "essay question has neither (a rubric belongs to the Canvas assignment)"),
                warnings(QtiQuizzes.EVERY_TYPE));
    }

    @Test
    void multipleAnswerScoringAndCreditsAreWarnedAbout() {
        assertEquals(List.of("quizzes/t.md:1: warning: scoring=exact is not carried: Canvas gives partial marks on a "
                + "multiple-answer question ((right - wrong) / right options, at least 0)"),
                warnings("## Which? {#w scoring=exact}\n\n- [x] a\n- [ ] b\n"));
        assertEquals(List.of("quizzes/t.md:1: warning: the credits ({credit=N%}) are not carried: Canvas scores a "
                + "multiple-answer question (right - wrong) / right options, at least 0, with the [x] options as the right ones"),
                warnings("## Which? {#w}\n\n- [x] a {credit=60%}\n- [x] b {credit=40%}\n- [ ] c {credit=-50%}\n"));
        assertEquals(List.of("quizzes/t.md:1: warning: scoring=exact is not carried: Canvas gives partial marks on a "
                + "matching question (the share of pairs matched)"),
                warnings("## Match {#m scoring=exact}\n\n- a -> 1\n- b -> 2\n"));
    }

    @Test
    void aShortAnswerWithNothingCanvasCanCheckIsLeftOut() {
        String quiz = "## Name {#n}\n\n= /kofi.*/\n\n## Other {#o}\n\n- (x) a\n- ( ) b\n";
        assertEquals(List.of("quizzes/t.md:1: warning: no answer line is left that Canvas can check: the question is left out",
                "quizzes/t.md:3: warning: the regex answer /kofi.*/ is not carried: Canvas's short answers are exact texts (left out)"),
                warnings(quiz));
        assertEquals(List.of("Other"), values(QtiZip.export(quiz).assessment(), "//item/@title"));
    }

    @Test
    void reviewAfterCloseAndTheOtherUncarriedSettingsAreWarnedAbout() {
        assertEquals(List.of(
                "quizzes/t.md:2: warning: lesson is not carried: a Canvas quiz cannot point to an Agora lesson",
                "quizzes/t.md:3: warning: review: after-close is not carried: Canvas shows answers from a date, not at a "
                        + "class's close; written as hidden (set \"Show correct answers at\" on the Canvas quiz)"),
                warnings("---\nlesson: intro\nreview: after-close\ntime-limit: 15m\n---\n\n## Q {#q}\n\n- (x) a\n- ( ) b\n"));
    }
}
