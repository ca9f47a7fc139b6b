package org.agora.attempt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** The text of a quiz file as it was when an attempt started on it, keyed by its SHA-256. */
@Entity
@Table(name = "quiz_version")
public class QuizVersion extends PanacheEntityBase {

    @Id
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "quiz_id")
    public String quizId;

    public String path;

    public String source;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The newest version stored for the file: the last one that was valid when an attempt or a preview started on it. */
    public static Optional<QuizVersion> lastOf(String path) {
        return find("path = ?1 order by createdAt desc", path).firstResultOptional();
    }
}
