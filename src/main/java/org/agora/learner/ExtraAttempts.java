package org.agora.learner;

import java.util.HashMap;
import java.util.Map;
import org.agora.content.Quiz;

/** The attempts granted to a learner at a quiz beyond its own: the most generous of the learner's classes. */
public final class ExtraAttempts {

    private ExtraAttempts() {
    }

    public static int of(long accountId, String quizId) {
        Integer most = QuizOverride.getEntityManager()
                .createQuery("select max(o.extraAttempts) from QuizOverride o where o.accountId = ?1 and o.quizId = ?2",
                        Integer.class)
                .setParameter(1, accountId).setParameter(2, quizId).getSingleResult();
        return most == null ? 0 : most;
    }

    /** The attempts granted to the learner at every quiz that has some, by quiz id: one query for a page of quizzes. */
    public static Map<String, Integer> byQuiz(long accountId) {
        Map<String, Integer> granted = new HashMap<>();
        QuizOverride.getEntityManager()
                .createQuery("select o.quizId, max(o.extraAttempts) from QuizOverride o where o.accountId = ?1 group by o.quizId",
                        Object[].class)
                .setParameter(1, accountId).getResultList()
                .forEach(r -> granted.put((String) r[0], r[1] == null ? 0 : ((Number) r[1]).intValue()));
        return granted;
    }

    /** The attempts the learner may make at the quiz (0: unlimited): the quiz's own and those granted. */
    public static int allowed(long accountId, Quiz quiz) {
        return quiz.attempts() == 0 ? 0 : quiz.attempts() + of(accountId, quiz.id());
    }
}
