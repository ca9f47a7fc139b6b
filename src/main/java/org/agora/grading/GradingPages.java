package org.agora.grading;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.agora.grading.GradingService.GradeInput;
import org.agora.grading.GradingViews.Answer;
import org.agora.grading.GradingViews.Grade;
import org.agora.language.Text;
import org.agora.web.InvalidInput;

/** What the grading pages show beyond the service's views: the grade form as read or as typed. */
public final class GradingPages {

    /** A number as a person types one: digits, a point or comma, two decimals at most (the rest is Marks' to judge). */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,6}([.,]\\d{1,4})?");
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}");

    private GradingPages() {
    }

    /**
     * The grade form's fields as text: as read from the current grade, or as the grader typed
     * them (kept when a save is refused). {@code criteria} has one entry per rubric criterion.
     */
    public record Form(String version, String points, List<String> criteria, String comment) {

        /** The fields' names: {@code criterion-1} .. {@code criterion-N}, or {@code points} without a rubric. */
        public static String criterionField(int index) {
            return "criterion-" + (index + 1);
        }

        static Form of(Grade g, int criteria) {
            List<String> given = new ArrayList<>();
            for (int i = 0; i < criteria; i++) {
                given.add(g.criteria() != null && i < g.criteria().size() ? plain(g.criteria().get(i)) : "");
            }
            return new Form(String.valueOf(g.version()), g.points() == null || criteria > 0 ? "" : plain(g.points()), given,
                    g.comment() == null ? "" : g.comment());
        }

        static Form typed(MultivaluedMap<String, String> form, int criteria) {
            List<String> given = new ArrayList<>();
            for (int i = 0; i < criteria; i++) {
                given.add(field(form, criterionField(i)));
            }
            return new Form(field(form, "version"), criteria > 0 ? "" : field(form, "points"), given, field(form, "comment"));
        }

        /** The same fields made on another version of the grade (after a refused save, the one now shown). */
        Form on(int version) {
            return new Form(String.valueOf(version), points, criteria, comment);
        }

        /** What the service takes; a field that is not a number is refused here, by its name. */
        GradeInput input() {
            Map<String, Text> errors = new LinkedHashMap<>();
            Integer v = null;
            if (!version.isBlank()) {
                if (VERSION.matcher(version.strip()).matches()) {
                    v = Integer.valueOf(version.strip());
                } else {
                    errors.put("version", (t, l) -> t.grading_damaged());
                }
            }
            List<BigDecimal> given = null;
            BigDecimal total = null;
            if (criteria.isEmpty()) {
                total = number(points, "points", errors);
            } else {
                given = new ArrayList<>();
                for (int i = 0; i < criteria.size(); i++) {
                    given.add(number(criteria.get(i), criterionField(i), errors));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return new GradeInput(v, total, given, comment);
        }

        public String criterion(int index) {
            return index < criteria.size() ? criteria.get(index) : "";
        }

        private static BigDecimal number(String text, String field, Map<String, Text> errors) {
            String t = text.strip();
            if (t.isEmpty()) {
                return null; // Marks says which points are missing
            }
            if (!NUMBER.matcher(t).matches()) {
                String shown = t.length() > 20 ? t.substring(0, 20) + "…" : t;
                errors.put(field, (texts, l) -> texts.grading_not_points(shown));
                return null;
            }
            return new BigDecimal(t.replace(',', '.'));
        }

        private static String field(MultivaluedMap<String, String> form, String name) {
            String value = form.getFirst(name);
            return value == null ? "" : value;
        }
    }

    /**
     * The grading view: the answer, the form's values, and what the last post said: saved, refused
     * as made on an older version ({@code conflict}), or refused for its fields ({@code errors}).
     */
    public record AnswerPage(Answer answer, Form form, boolean saved, String conflict, Map<String, String> errors) {

        static AnswerPage read(Answer answer, boolean saved) {
            return new AnswerPage(answer, Form.of(answer.grade(), answer.rubric().size()), saved, null, Map.of());
        }

        public boolean hasRubric() {
            return !answer.rubric().isEmpty();
        }

        public boolean hasText() {
            return !answer.text().isBlank();
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public String error(String field) {
            return errors.get(field);
        }

        public String criterionError(int index) {
            return errors.get(Form.criterionField(index));
        }

        /** Whether the criterion's input is the one to mark invalid: its own error, or one about all criteria. */
        public boolean criterionInvalid(int index) {
            return errors.containsKey(Form.criterionField(index)) || errors.containsKey("criteria");
        }

        public String queueLink() {
            return queue(answer.classCode(), answer.quiz());
        }

        public String selfLink() {
            return link(answer.classCode(), answer.quiz(), new GradingViews.Ref(answer.attempt(), answer.question()));
        }

        public String linkTo(GradingViews.Ref ref) {
            return link(answer.classCode(), answer.quiz(), ref);
        }

        /** The word range the question asks for, in words; null without one. */
        public String wordRange() {
            Integer min = answer.minWords();
            Integer max = answer.maxWords();
            if (min == null && max == null) {
                return null;
            }
            return min == null ? "at most " + max : max == null ? "at least " + min : min + " to " + max;
        }

        public boolean outsideRange() {
            return (answer.minWords() != null && answer.words() < answer.minWords())
                    || (answer.maxWords() != null && answer.words() > answer.maxWords());
        }
    }

    static String queue(String classCode, String quiz) {
        return "/instructor/classes/" + classCode + "/quizzes/" + quiz + "/grading";
    }

    static String link(String classCode, String quiz, GradingViews.Ref ref) {
        return queue(classCode, quiz) + "/" + ref.attempt() + "/" + ref.question();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
