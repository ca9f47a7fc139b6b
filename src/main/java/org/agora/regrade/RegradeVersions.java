package org.agora.regrade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agora.attempt.QuizVersion;
import org.agora.attempt.QuizVersions;
import org.agora.classroom.Classroom;
import org.agora.content.Quiz;
import org.agora.regrade.QuizDiff.QuestionDiff;

/**
 * The versions of a quiz that a class's members have attempts on: each one's hash, when it was
 * first seen (stored by its first attempt anywhere, or by a regrade against it), how many attempts the class has on it, and, for a version
 * other than the current one, what changed per question from it to the current version.
 */
@ApplicationScoped
public class RegradeVersions {

    /**
     * One version. {@code changes} is empty for the current version, and null when the stored text
     * no longer parses (a version this server's parser cannot read).
     */
    public record Version(String hash, Instant firstSeen, long attempts, long submitted, boolean current,
            List<QuestionDiff> changes) {

        public String shortHash() {
            return RegradeService.shortHash(hash);
        }
    }

    private final EntityManager em;
    private final QuizVersions versions;

    RegradeVersions(EntityManager em, QuizVersions versions) {
        this.em = em;
        this.versions = versions;
    }

    /** Oldest first; the current version is among them only when the class has attempts on it. */
    @Transactional
    public List<Version> of(Classroom c, Quiz current) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.content_hash, count(*), sum(case when a.submitted_at is not null then 1 else 0 end)
                from attempt a join membership m on m.account_id = a.account_id
                where m.classroom_id = ?1 and a.quiz_id = ?2 and a.preview = false group by a.content_hash""")
                .setParameter(1, c.id).setParameter(2, current.id()).getResultList();
        List<Version> out = new ArrayList<>();
        for (Object[] r : rows) {
            String hash = (String) r[0];
            QuizVersion stored = QuizVersion.findById(hash);
            boolean isCurrent = hash.equals(current.contentHash());
            List<QuestionDiff> changes;
            try {
                changes = isCurrent ? List.of() : QuizDiff.changes(versions.byHash(hash), current);
            } catch (IllegalStateException unreadable) {
                changes = null;
            }
            out.add(new Version(hash, stored == null ? null : stored.createdAt, ((Number) r[1]).longValue(),
                    r[2] == null ? 0 : ((Number) r[2]).longValue(), isCurrent, changes));
        }
        out.sort(Comparator.comparing(Version::firstSeen, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }
}
