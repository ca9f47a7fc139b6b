package org.agora.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.AttemptViews.Item;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.attempt.AttemptViews.ReviewRow;
import org.agora.attempt.Layout.Slotted;
import org.agora.attempt.Reviews;
import org.agora.content.AnswerBlock;
import org.agora.content.AnswerItem;
import org.agora.content.Authoring;
import org.agora.content.MarkdownRenderer;
import org.agora.content.MatchPair;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.agora.interchange.qti.QtiItemExport;

/**
 * Matching: a list of {@code left -> right} pairs, and {@code -> right} choices with no partner
 * (distractors). The learner picks a right-hand choice for each left-hand item (a select named
 * {@code m.QID.LEFTID}); the answer earns the share of pairs right ({@code scoring=exact}: all or
 * nothing). Pairs take neither feedback nor credit.
 */
public final class Matching implements QuestionKind {

    static final Matching KIND = new Matching();

    private Matching() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCH;
    }

    @Override
    public String described() {
        return "matching";
    }

    @Override
    public boolean takesScoring() {
        return true;
    }

    /** Feedback has no place in the matching table: the explanation says it. */
    public static boolean takesItemFeedback() {
        return false;
    }

    /** Reads the list: at least two pairs, each left-hand item once; each right-hand text is one choice. */
    public static AnswerBlock fromList(List<AnswerItem> items, int listLine, Authoring a) {
        for (AnswerItem it : items) {
            if (!it.distractor() && it.text().isBlank()) {
                a.error(it.line(), "a matching pair needs a left-hand item before `->`");
            }
            if (it.right().isBlank()) {
                a.error(it.line(), "a matching item needs a right-hand text after `->`");
            }
            if (it.rawCredit() != null) {
                a.error(it.line(), "a credit on a matching pair is not supported: it is scored by pair "
                        + "(scoring=partial or scoring=exact); remove `{credit=" + it.rawCredit() + "}`");
            }
        }
        List<AnswerItem> pairItems = items.stream().filter(it -> !it.distractor()).toList();
        if (pairItems.size() < 2) {
            a.error(listLine, "a matching question needs at least two `left -> right` pairs");
        }
        Map<String, Integer> rightIndex = new LinkedHashMap<>();
        Map<String, Integer> leftSeen = new HashMap<>();
        List<MatchPair> pairs = new ArrayList<>();
        for (AnswerItem it : pairItems) {
            Integer firstLine = leftSeen.putIfAbsent(it.text().strip(), it.line());
            if (firstLine != null) {
                a.error(it.line(), "left-hand item \"" + abbreviate(it.text()) + "\" is repeated (first on line "
                        + firstLine + ")");
            }
            int r = rightIndex.computeIfAbsent(it.right().strip(), k -> rightIndex.size());
            pairs.add(new MatchPair(pairs.size(), a.md().renderInline(it.text()), a.md().plainTextInline(it.text()), r));
        }
        for (AnswerItem it : items) {
            if (it.distractor()) {
                rightIndex.computeIfAbsent(it.right().strip(), k -> rightIndex.size());
            }
        }
        List<String> rights = new ArrayList<>();
        rightIndex.keySet().forEach(r -> rights.add(a.md().renderInline(r)));
        return AnswerBlock.ofPairs(pairs, rights);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    @Override
    public AnswerBody fromForm(QuestionView q, Function<String, List<String>> field, String move) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Item left : q.left()) {
            List<String> values = field.apply("m." + q.id() + "." + left.id());
            String right = values.isEmpty() ? null : values.get(0);
            if (right != null && !right.isBlank()) {
                pairs.put(left.id(), right);
            }
        }
        return pairs.isEmpty() ? null : AnswerBody.ofPairs(pairs);
    }

    @Override
    public AnswerBody check(Question q, Slotted slots, AnswerBody body) {
        if (body.pairs() == null) {
            throw AnswerRules.refuse(q, (t, l) -> t.answer_shape("match", "{\"pairs\": {\"leftId\": \"rightId\"}}"));
        }
        for (var e : body.pairs().entrySet()) {
            if (slots.leftIndex(e.getKey()) == null || e.getValue() == null || slots.rightIndex(e.getValue()) == null) {
                throw AnswerRules.refuse(q, (t, l) -> t.answer_pairs());
            }
        }
        return body;
    }

    @Override
    public Response response(Question q, Slotted slots, AnswerBody body) {
        Map<Integer, Integer> pairs = new HashMap<>();
        body.pairs().forEach((l, r) -> pairs.put(slots.leftIndex(l), slots.rightIndex(r)));
        return new Response.Pairs(pairs);
    }

    @Override
    public Fraction fraction(Question q, Response r) {
        int n = q.pairs().size();
        if (!(r instanceof Response.Pairs p) || n == 0) {
            return Fraction.ZERO;
        }
        Map<Integer, Integer> chosen = p.rightIndexByPairIndex();
        for (Map.Entry<Integer, Integer> e : chosen.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= n || e.getValue() < 0 || e.getValue() >= q.rights().size()) {
                return Fraction.ZERO;
            }
        }
        long right = q.pairs().stream().filter(pair -> Integer.valueOf(pair.rightIndex()).equals(chosen.get(pair.index())))
                .count();
        return q.exact() ? Fraction.whole(right == n) : new Fraction(right, n);
    }

    @Override
    public String correctAnswer(Question q) {
        return q.pairs().stream().map(p -> p.leftHtml() + " → " + q.rights().get(p.rightIndex()))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String yourAnswer(Question q, Slotted slots, AnswerBody body) {
        return body.pairs().isEmpty() ? Reviews.NO_ANSWER
                : body.pairs().entrySet().stream().map(e -> {
                    MatchPair p = q.pairs().get(slots.leftIndex(e.getKey()));
                    return p.leftHtml() + " → " + q.rights().get(slots.rightIndex(e.getValue()));
                }).collect(Collectors.joining("; "));
    }

    /** Pair by pair, in the order the attempt showed the left items: right when the partner is. */
    @Override
    public List<ReviewRow> rows(Question q, Slotted slots, AnswerBody body) {
        return slots.left().stream().map(left -> {
            MatchPair p = q.pairs().get(left.index());
            String chosen = body == null || body.pairs() == null ? null : body.pairs().get(left.id());
            Integer right = chosen == null ? null : slots.rightIndex(chosen);
            return new ReviewRow(p.leftHtml(), right == null ? null : q.rights().get(right),
                    q.rights().get(p.rightIndex()), right != null && right == p.rightIndex());
        }).toList();
    }

    @Override
    public String keyInWords(Question q) {
        Map<String, String> pairs = new LinkedHashMap<>();
        q.pairs().stream().sorted(Comparator.comparing(MatchPair::leftText))
                .forEach(p -> pairs.put(p.leftText(), MarkdownRenderer.textOfRendered(q.rights().get(p.rightIndex()))));
        return pairs.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining("; "));
    }

    /** {@code =left -> right}, and {@code = -> right} for a right-hand choice with no partner. */
    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        List<String> lines = new ArrayList<>();
        boolean[] used = new boolean[q.rights().size()];
        for (int i = 0; i < q.pairs().size(); i++) {
            int r = q.pairs().get(i).rightIndex();
            used[r] = true;
            lines.add("=" + GiftQuestionExport.escape(left(q, out, i)) + " -> " + giftRight(q, r));
        }
        for (int r = 0; r < used.length; r++) {
            if (!used[r]) {
                lines.add("= -> " + giftRight(q, r));
            }
        }
        out.block(lines);
        return true;
    }

    /** The left-hand Markdown of the i-th pair (distractor lines, {@code -> c}, are not pairs). */
    private static String left(Question q, GiftQuestionExport out, int pair) {
        int seen = -1;
        for (int i = 0; i < out.items(); i++) {
            String t = out.itemText(i);
            if (!t.startsWith("->") && !t.startsWith("→") && ++seen == pair) {
                return t.split("(?<!\\\\)\\s(?:->|→)(?=\\s|$)", 2)[0].strip();
            }
        }
        return q.pairs().get(pair).leftText();
    }

    /** Moodle's right-hand answers are plain text (no format): the choice as it reads. */
    private static String giftRight(Question q, int r) {
        return GiftQuestionExport.escape(MarkdownRenderer.textOfRendered(q.rights().get(r)).strip());
    }

    /**
     * {@code matching_question}: one drop-down per left-hand item offering every right-hand choice,
     * distractors included (a choice no condition names is one of Canvas's "additional incorrect
     * matches"); each right pair adds 100/n to SCORE, which is Agora's partial rule.
     */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        if (q.exact()) {
            out.warn(q.line(), "scoring=exact is not carried: Canvas gives partial marks on a matching question "
                    + "(the share of pairs matched)");
        }
        out.pairs(q.pairs().stream().map(MatchPair::leftHtml).toList(), q.pairs().stream().map(MatchPair::rightIndex).toList(),
                q.rights());
        return true;
    }
}
