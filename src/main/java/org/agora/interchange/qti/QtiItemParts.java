package org.agora.interchange.qti;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Numbers;
import org.agora.content.Question;

/**
 * The pieces every QTI 1.2 item is made of, in the order the ASI schema prescribes
 * ({@code itemmetadata}, {@code presentation}, {@code resprocessing}, {@code itemfeedback}) and in
 * the forms Canvas imports (as text2qti writes them). Stateless: each piece gets the writer and
 * what it writes.
 */
final class QtiItemParts {

    /** The response of a one-response item (choice, short answer, number, essay). */
    static final String RESPONSE = "response1";
    static final String GENERAL_FEEDBACK = "general_fb";
    static final String HTML = "text/html";
    /** Canvas Classic's matching shows both sides as plain text (its drop-downs hold no markup). */
    static final String PLAIN = "text/plain";
    /** SCORE is a percent of the question's points. */
    static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);

    /**
     * A link into Agora's own pages ({@code [P3]} citations to the source reader, lessons): it
     * means nothing in Canvas, so it becomes its text, as the GIFT export's Markdown keeps it.
     */
    private static final Pattern SITE_LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"/[^\"]*\"[^>]*>(.*?)</a>",
            Pattern.DOTALL);

    private QtiItemParts() {
    }

    /** Opens {@code item} and writes its Canvas metadata; {@code answerIds} go into {@code original_answer_ids}. */
    static void openItem(QtiXml x, QtiIds ids, Question q, String canvasType, List<String> answerIds) {
        x.open("item", "ident", ids.item(q.id()), "title", q.titleText());
        x.open("itemmetadata").open("qtimetadata");
        field(x, "question_type", canvasType);
        field(x, "points_possible", Numbers.plain(q.points()));
        field(x, "original_answer_ids", String.join(",", answerIds));
        field(x, "assessment_question_identifierref", ids.bankItem(q.id()));
        x.close().close();
    }

    static void field(QtiXml x, String label, String entry) {
        x.open("qtimetadatafield").text("fieldlabel", label).text("fieldentry", entry).close();
    }

    /** Opens {@code presentation} with the question's text: its title, then its stem. */
    static void openPresentation(QtiXml x, Question q) {
        x.open("presentation");
        material(x, "<p>" + q.titleHtml() + "</p>" + (q.stemHtml() == null ? "" : q.stemHtml()));
    }

    /** HTML as Canvas reads it: escaped text of a {@code mattext} of type text/html. */
    static void material(QtiXml x, String html) {
        material(x, html, HTML);
    }

    static void material(QtiXml x, String text, String texttype) {
        String shown = texttype.equals(HTML) ? SITE_LINK.matcher(text).replaceAll("$1") : text;
        x.open("material").text("mattext", shown, "texttype", texttype).close();
    }

    /**
     * {@code response_lid} with one {@code response_label} per choice; {@code cardinality} Single
     * or Multiple; the prompt (null for none) and the choices are texts of type {@code texttype}.
     */
    static void choices(QtiXml x, String respident, String cardinality, String prompt, List<String> ids,
            List<String> texts, String texttype) {
        x.open("response_lid", "ident", respident, "rcardinality", cardinality);
        if (prompt != null) {
            material(x, prompt, texttype);
        }
        x.open("render_choice");
        for (int i = 0; i < ids.size(); i++) {
            x.open("response_label", "ident", ids.get(i));
            material(x, texts.get(i), texttype);
            x.close();
        }
        x.close().close();
    }

    /** A typed answer: {@code response_str} with one blank; {@code fibtype} Decimal for a number, else null. */
    static void blank(QtiXml x, String fibtype) {
        x.open("response_str", "ident", RESPONSE, "rcardinality", "Single");
        if (fibtype == null) {
            x.open("render_fib");
        } else {
            x.open("render_fib", "fibtype", fibtype);
        }
        x.empty("response_label", "ident", "answer1", "rshuffle", "No").close().close();
    }

    /**
     * Opens {@code resprocessing}: the SCORE variable (0 to 100, the share of the points Canvas
     * gives) and, when there is an explanation, the condition that always shows it.
     */
    static void openScoring(QtiXml x, Question q) {
        x.open("resprocessing").open("outcomes")
                .empty("decvar", "maxvalue", "100", "minvalue", "0", "varname", "SCORE", "vartype", "Decimal").close();
        if (q.explanationHtml() != null) {
            x.open("respcondition", "continue", "Yes").open("conditionvar").empty("other").close()
                    .empty("displayfeedback", "feedbacktype", "Response", "linkrefid", GENERAL_FEEDBACK).close();
        }
    }

    /** Shows answer {@code answerId}'s feedback when it is chosen (scoring continues). */
    static void feedbackCondition(QtiXml x, String respident, String answerId) {
        x.open("respcondition", "continue", "Yes").open("conditionvar").text("varequal", answerId, "respident", respident)
                .close().empty("displayfeedback", "feedbacktype", "Response", "linkrefid", answerId + "_fb").close();
    }

    /** {@code <respcondition>} that, when {@code condition} holds, sets (or adds to) SCORE. */
    static void score(QtiXml x, boolean stop, String action, BigDecimal score, Consumer<QtiXml> condition) {
        x.open("respcondition", "continue", stop ? "No" : "Yes").open("conditionvar");
        condition.accept(x);
        x.close().text("setvar", Numbers.plain(score), "action", action, "varname", "SCORE")
                .close();
    }

    /** {@code <itemfeedback ident>} holding {@code html}. */
    static void feedback(QtiXml x, String ident, String html) {
        x.open("itemfeedback", "ident", ident).open("flow_mat");
        material(x, html);
        x.close().close();
    }

    /** The explanation as Canvas's general feedback (shown whatever the answer), if there is one. */
    static void explanation(QtiXml x, Question q) {
        if (q.explanationHtml() != null) {
            feedback(x, GENERAL_FEEDBACK, q.explanationHtml());
        }
    }

    /** The identifiers of a question's first {@code n} answers. */
    static List<String> answerIds(QtiIds ids, Question q, int n) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(ids.answer(q.id(), i));
        }
        return answers;
    }

    static void optionFeedbackConditions(QtiXml x, Question q, List<String> answers) {
        for (int i = 0; i < answers.size(); i++) {
            if (q.options().get(i).feedbackHtml() != null) {
                feedbackCondition(x, RESPONSE, answers.get(i));
            }
        }
    }

    static void optionFeedback(QtiXml x, Question q, List<String> answers) {
        for (int i = 0; i < answers.size(); i++) {
            if (q.options().get(i).feedbackHtml() != null) {
                feedback(x, answers.get(i) + "_fb", q.options().get(i).feedbackHtml());
            }
        }
    }

    private static String plain(String html) {
        return MarkdownRenderer.textOfRendered(html).strip();
    }

    /** A matching item: left {@code i} belongs with right {@code partner.get(i)}. */
    static void pairs(QtiXml x, QtiIds ids, Question q, List<String> lefts, List<Integer> partner, List<String> rights) {
        List<String> answers = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            answers.add(ids.answer(q.id(), i));
        }
        for (int r = 0; r < rights.size(); r++) {
            choices.add(ids.choice(q.id(), r));
        }
        openItem(x, ids, q, "matching_question", answers);
        openPresentation(x, q);
        for (int i = 0; i < lefts.size(); i++) {
            choices(x, "response_" + answers.get(i), "Single", plain(lefts.get(i)), choices,
                    rights.stream().map(QtiItemParts::plain).toList(), PLAIN);
        }
        x.close();
        openScoring(x, q);
        BigDecimal share = FULL_SCORE.divide(BigDecimal.valueOf(lefts.size()), 2, RoundingMode.HALF_UP);
        for (int i = 0; i < lefts.size(); i++) {
            String respident = "response_" + answers.get(i);
            String right = choices.get(partner.get(i));
            score(x, false, "Add", share, c -> c.text("varequal", right, "respident", respident));
        }
        x.close();
        explanation(x, q);
        x.close();
    }

}
