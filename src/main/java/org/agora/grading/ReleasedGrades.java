package org.agora.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.attempt.AttemptViews.CriterionGrade;
import org.agora.content.Essay;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Question;
import org.agora.content.Quiz;

/** The released grades of one attempt as its learner sees them: points per criterion and the comment. */
public final class ReleasedGrades {

    public record Released(BigDecimal points, List<CriterionGrade> criteria, String commentHtml) {
    }

    private ReleasedGrades() {
    }

    /** By question id; only released grades, of questions the attempt's version still has. */
    public static Map<String, Released> of(String attemptId, Quiz quiz) {
        Map<String, Released> out = new HashMap<>();
        for (EssayGrade g : EssayGrade.releasedOf(attemptId)) {
            Question q = quiz.question(g.questionId);
            if (q != null && q.essay() != null) {
                out.put(g.questionId, new Released(g.points, criteria(q.essay(), CriteriaJson.read(g.criteria)),
                        g.comment == null || g.comment.isBlank() ? null : MarkdownRenderer.instance().renderUntrusted(g.comment)));
            }
        }
        return out;
    }

    /** Each criterion of the rubric with the points given; null without a rubric. */
    static List<CriterionGrade> criteria(Essay essay, List<BigDecimal> given) {
        if (essay.rubric().isEmpty() || given == null) {
            return null;
        }
        List<CriterionGrade> out = new ArrayList<>();
        for (int i = 0; i < essay.rubric().size(); i++) {
            Essay.Criterion c = essay.rubric().get(i);
            out.add(new CriterionGrade(c.html(), i < given.size() ? given.get(i) : null, c.points()));
        }
        return out;
    }
}
