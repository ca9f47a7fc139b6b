package org.agora.learner;

/** The attempts granted to a learner at a quiz beyond its own: the most generous of the learner's classes. */
public final class ExtraAttempts {

    private ExtraAttempts() {
    }

    public static int of(long accountId, String quizId) {
        Integer most = AttemptOverride.getEntityManager()
                .createQuery("select max(o.extraAttempts) from AttemptOverride o where o.accountId = ?1 and o.quizId = ?2",
                        Integer.class)
                .setParameter(1, accountId).setParameter(2, quizId).getSingleResult();
        return most == null ? 0 : most;
    }
}
