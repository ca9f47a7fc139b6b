package org.agora.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** A lesson a learner marked as read. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
public class LessonProgress extends PanacheEntityBase {

    public record Key(Long accountId, String lessonId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Id
    @Column(name = "lesson_id")
    public String lessonId;

    @Column(name = "completed_at")
    public Instant completedAt;

    public static Set<String> completedBy(long accountId) {
        return LessonProgress.<LessonProgress>list("accountId", accountId).stream().map(p -> p.lessonId)
                .collect(Collectors.toSet());
    }
}
