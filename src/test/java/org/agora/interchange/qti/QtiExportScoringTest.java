package org.agora.interchange.qti;

import static org.agora.interchange.qti.QtiZip.nodes;
import static org.agora.interchange.qti.QtiZip.value;
import static org.agora.interchange.qti.QtiZip.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.content.Accepted;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The keys Canvas reads back from the exported QTI are the quiz's keys, question by question:
 * which answers get SCORE 100, the numeric bounds, the matching pairs, the points. Checked on a
 * quiz of every type and on every shipped quiz, against the parsed model.
 */
class QtiExportScoringTest {

    private static final String FULL = "setvar[@action='Set' and .='100']";

    @Test
    void aQuizOfEveryTypeKeepsItsKeys() {
        Quiz quiz = new QuizParser().parse("quizzes/t.md", QtiQuizzes.EVERY_TYPE).value();
        assertEquals(8, check(quiz, QtiZip.export(QtiQuizzes.EVERY_TYPE).assessment()));
    }

    @Test
    void everyShippedQuizKeepsItsKeys() throws Exception {
        int items = 0;
        for (Path file : QtiQuizzes.shipped()) {
            String text = Files.readString(file);
            Quiz quiz = new QuizParser().parse("quizzes/" + file.getFileName(), text).value();
            items += check(quiz, QtiZip.of(new QtiExporter().export("quizzes/" + file.getFileName(), text).zip()).assessment());
        }
        assertTrue(items > 100, items + " items");
    }

    /** Checks each question's item; returns how many items were checked. */
    private static int check(Quiz quiz, Document qti) {
        QtiIds ids = new QtiIds(quiz.id());
        int n = 0;
        for (Question q : quiz.questions()) {
            List<Node> found = nodes(qti, "//item[@ident='" + ids.item(q.id()) + "']");
            if (found.isEmpty() && q.type() == QuestionType.SHORT
                    && q.accepted().stream().noneMatch(a -> a instanceof Accepted.Text && a.earns().isFull())) {
                continue; // left out, with a warning: nothing Canvas can check
            }
            assertEquals(1, found.size(), q.id());
            Node item = found.get(0);
            String where = quiz.id() + "#" + q.id();
            assertEquals(q.points().compareTo(new BigDecimal(QtiZip.metadata(item, "points_possible"))), 0, where);
            switch (q.type()) {
                case SINGLE, TRUEFALSE -> single(ids, q, item, where);
                case MULTIPLE -> multiple(ids, q, item, where);
                case SHORT -> shortAnswer(q, item, where);
                case NUMERIC -> numeric(q, item, where);
                case MATCH -> pairs(item, q.pairs().stream().map(p -> text(p.leftHtml())).toList(),
                        q.pairs().stream().map(p -> text(q.rights().get(p.rightIndex()))).toList(),
                        q.rights().stream().map(QtiExportScoringTest::text).toList(), where);
                case ORDER -> pairs(item, q.options().stream().map(o -> text(o.html())).toList(),
                        q.options().stream().map(o -> String.valueOf(o.position())).toList(), positions(q), where);
                case ESSAY -> assertEquals(List.of(), nodes(item, ".//setvar"), where);
            }
            n++;
        }
        return n;
    }

    private static void single(QtiIds ids, Question q, Node item, String where) {
        int right = q.options().indexOf(q.options().stream().filter(Option::correct).findFirst().orElseThrow());
        assertEquals(List.of(ids.answer(q.id(), right)), values(item, ".//respcondition[" + FULL + "]/conditionvar/varequal"), where);
        // as text: a citation's link into Agora is dropped on the way (its text stays)
        assertEquals(q.options().stream().map(o -> text(o.html())).toList(),
                values(item, ".//response_label/material/mattext").stream().map(QtiExportScoringTest::text).toList(), where);
    }

    private static void multiple(QtiIds ids, Question q, Node item, String where) {
        List<String> right = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            (q.options().get(i).correct() ? right : wrong).add(ids.answer(q.id(), i));
        }
        String and = ".//respcondition[" + FULL + "]/conditionvar/and";
        assertEquals(right, values(item, and + "/varequal"), where);
        assertEquals(wrong, values(item, and + "/not/varequal"), where);
    }

    private static void shortAnswer(Question q, Node item, String where) {
        List<String> keys = q.accepted().stream().filter(a -> a instanceof Accepted.Text && a.earns().isFull())
                .map(Accepted::display).toList();
        assertEquals(keys, values(item, ".//respcondition[" + FULL + "]/conditionvar/varequal"), where);
    }

    private static void numeric(Question q, Node item, String where) {
        List<String> expected = new ArrayList<>();
        for (Accepted a : q.accepted()) {
            if (!a.earns().isFull()) {
                continue;
            }
            if (a instanceof Accepted.Range r) {
                expected.add("[" + plain(r.low()) + ", " + plain(r.high()) + "]");
            } else if (a instanceof Accepted.Tolerance t) {
                expected.add(plain(t.value()) + " [" + plain(t.value().subtract(t.tolerance())) + ", "
                        + plain(t.value().add(t.tolerance())) + "]");
            } else {
                BigDecimal v = ((Accepted.Exact) a).value();
                expected.add(plain(v) + " [" + plain(v) + ", " + plain(v) + "]");
            }
        }
        List<String> actual = new ArrayList<>();
        for (Node c : nodes(item, ".//respcondition[" + FULL + "]/conditionvar")) {
            String exact = value(c, "or/varequal");
            String low = value(c, ".//vargte");
            String high = value(c, ".//varlte");
            actual.add((exact.isEmpty() ? "" : exact + " ") + "[" + low + ", " + high + "]");
        }
        assertEquals(expected, actual, where);
    }

    /** Each left-hand item offers every right-hand choice, and only its partner adds to SCORE. */
    private static void pairs(Node item, List<String> lefts, List<String> partners, List<String> rights, String where) {
        List<Node> lids = nodes(item, "presentation/response_lid");
        assertEquals(lefts.size(), lids.size(), where);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lids.size(); i++) {
            Node lid = lids.get(i);
            String respident = lid.getAttributes().getNamedItem("ident").getNodeValue();
            assertEquals(lefts.get(i), value(lid, "material/mattext"), where);
            assertEquals(rights, values(lid, "render_choice/response_label/material/mattext"), where);
            List<Node> adds = nodes(item, ".//respcondition[conditionvar/varequal/@respident='" + respident + "']");
            assertEquals(1, adds.size(), where);
            String chosen = value(adds.get(0), "conditionvar/varequal");
            assertEquals(partners.get(i), value(lid, "render_choice/response_label[@ident='" + chosen + "']/material/mattext"), where);
            sum = sum.add(new BigDecimal(value(adds.get(0), "setvar[@action='Add']")));
        }
        assertTrue(sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.05")) <= 0, where + ": " + sum);
    }

    private static List<String> positions(Question q) {
        List<String> p = new ArrayList<>();
        for (int i = 1; i <= q.options().size(); i++) {
            p.add(String.valueOf(i));
        }
        return p;
    }

    private static String text(String html) {
        return MarkdownRenderer.textOfRendered(html).strip();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
