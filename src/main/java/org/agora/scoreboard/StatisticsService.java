package org.agora.scoreboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.classroom.Classroom;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;
import org.agora.quiz.QuizCatalog;
import org.agora.scoreboard.ItemStatistics.AnswerCount;
import org.agora.scoreboard.ItemStatistics.OptionCount;
import org.agora.scoreboard.ItemStatistics.QuestionStats;

/**
 * Item statistics from aggregate queries over first attempts: sums for facility, discrimination
 * and variances per question; counts per answer key for the option table; scores for the quiz figures.
 */
@ApplicationScoped
public class StatisticsService {

    static final double LOW_FACILITY = 0.20;
    static final double HIGH_FACILITY = 0.95;

    /** First attempts, scored in full: one awaiting essay grades counts once its grades are released. */
    private static final String FIRST_ATTEMPTS = """
            from attempt a join membership m on m.account_id = a.account_id
            where m.classroom_id = ?1 and a.quiz_id = ?2 and a.number = 1 and a.submitted_at is not null and a.pending_points is null
              and a.preview = false""";

    private final EntityManager em;
    private final QuizCatalog catalog;

    StatisticsService(EntityManager em, QuizCatalog catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    @Transactional
    public ItemStatistics of(Classroom c, String quizId) {
        Quiz quiz = catalog.quiz(quizId);
        List<Double> percents = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Object[] r : rows("select a.score, a.max_score " + FIRST_ATTEMPTS, c.id, quiz.id())) {
            double score = ((BigDecimal) r[0]).doubleValue();
            double max = ((BigDecimal) r[1]).doubleValue();
            scores.add(score);
            percents.add(max == 0 ? 0 : score * 100 / max);
        }

        Map<String, List<Object[]>> keys = new HashMap<>();
        for (Object[] r : rows("select i.question_id, i.answer_key, count(*), max(case when i.earned = i.points then 1 else 0 end) "
                + "from attempt_item i join attempt a on a.id = i.attempt_id join membership m on m.account_id = a.account_id "
                + "where m.classroom_id = ?1 and a.quiz_id = ?2 and a.number = 1 and a.submitted_at is not null and a.pending_points is null "
                + "and a.preview = false "
                + "and i.answer_key is not null group by i.question_id, i.answer_key", c.id, quiz.id())) {
            keys.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
        }

        List<QuestionStats> questions = new ArrayList<>();
        List<Double> itemVariances = new ArrayList<>();
        for (Object[] r : rows("""
                select i.question_id, count(*), sum(i.earned / i.points), sum((i.earned / i.points) * (i.earned / i.points)),
                       sum(a.score - i.earned), sum((a.score - i.earned) * (a.score - i.earned)),
                       sum((i.earned / i.points) * (a.score - i.earned)), sum(i.earned), sum(i.earned * i.earned)
                from attempt_item i join attempt a on a.id = i.attempt_id join membership m on m.account_id = a.account_id
                where m.classroom_id = ?1 and a.quiz_id = ?2 and a.number = 1 and a.submitted_at is not null and a.pending_points is null
                  and a.preview = false
                group by i.question_id""", c.id, quiz.id())) {
            Question q = quiz.question((String) r[0]);
            if (q == null) {
                continue; // a question that the current version no longer has
            }
            long n = ((Number) r[1]).longValue();
            double sx = d(r[2]), sxx = d(r[3]), sy = d(r[4]), syy = d(r[5]), sxy = d(r[6]);
            Double facility = n == 0 ? null : sx / n;
            Double discrimination = Statistics.correlation(n, sx, sy, sxx, syy, sxy);
            itemVariances.add(Statistics.sampleVariance(n, d(r[7]), d(r[8])));
            questions.add(new QuestionStats(q.id(), q.titleText(), q.type().key, (int) n, round(facility), round(discrimination),
                    options(q, keys.getOrDefault(q.id(), List.of())), wrongAnswers(q, keys.getOrDefault(q.id(), List.of())),
                    flags(facility, discrimination)));
        }
        // keep the quiz's own question order
        List<String> order = quiz.questions().stream().map(Question::id).toList();
        questions.sort((a, b) -> Integer.compare(order.indexOf(a.id()), order.indexOf(b.id())));

        // Alpha needs every learner to answer every item: undefined when questions are drawn from a pool.
        Double alpha = quiz.pick() != null && quiz.pick() < quiz.questions().size() ? null
                : Statistics.cronbachAlpha(itemVariances, Statistics.sampleVariance(scores));
        Double sd = Statistics.sampleVariance(percents) == null ? null : Math.sqrt(Statistics.sampleVariance(percents));
        return new ItemStatistics(quiz.id(), quiz.title(), c.code, percents.size(), round(Statistics.mean(percents)),
                round(Statistics.median(percents)), round(sd), round(alpha),
                Arrays.stream(Statistics.histogram(percents)).boxed().toList(), questions);
    }

    /** How often each option (or item) was chosen, for choice questions. */
    private static List<OptionCount> options(Question q, List<Object[]> keys) {
        if (q.type() != QuestionType.SINGLE && q.type() != QuestionType.TRUEFALSE && q.type() != QuestionType.MULTIPLE) {
            return null;
        }
        int[] chosen = new int[q.options().size()];
        for (Object[] k : keys) {
            String key = (String) k[1];
            if (key.isEmpty()) {
                continue;
            }
            for (String index : key.split(",")) {
                int i = Integer.parseInt(index);
                if (i >= 0 && i < chosen.length) {
                    chosen[i] += ((Number) k[2]).intValue();
                }
            }
        }
        List<OptionCount> counts = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            counts.add(new OptionCount(q.options().get(i).text(), q.options().get(i).correct(), chosen[i]));
        }
        return counts;
    }

    /** The five most common wrong answers to a short-answer or numeric question. */
    private static List<AnswerCount> wrongAnswers(Question q, List<Object[]> keys) {
        if (q.type() != QuestionType.SHORT && q.type() != QuestionType.NUMERIC) {
            return null;
        }
        return keys.stream().filter(k -> ((Number) k[3]).intValue() == 0 && !((String) k[1]).isBlank())
                .sorted((a, b) -> Long.compare(((Number) b[2]).longValue(), ((Number) a[2]).longValue()))
                .limit(5).map(k -> new AnswerCount((String) k[1], ((Number) k[2]).intValue())).toList();
    }

    /** The warnings, in English as the API gives them; the page says them in its language ({@code ScoreboardViews.flag}). */
    static final String FLAG_HARD = "Very hard: facility below 20%; check the answer key";
    static final String FLAG_EASY = "Very easy: facility above 95%";
    static final String FLAG_NEGATIVE = "Negative discrimination: stronger learners did worse on it";

    static List<String> flags(Double facility, Double discrimination) {
        List<String> flags = new ArrayList<>();
        if (facility != null && facility < LOW_FACILITY) {
            flags.add(FLAG_HARD);
        }
        if (facility != null && facility > HIGH_FACILITY) {
            flags.add(FLAG_EASY);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(FLAG_NEGATIVE);
        }
        return flags;
    }

    private static double d(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object classId, Object quizId) {
        return em.createNativeQuery(sql).setParameter(1, classId).setParameter(2, quizId).getResultList();
    }
}
