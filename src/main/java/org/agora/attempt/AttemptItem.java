package org.agora.attempt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** One drawn question of an attempt: the saved answer (JSON, null when unanswered) and, once scored, the points earned. */
@Entity
@Table(name = "attempt_item")
@IdClass(AttemptItem.Key.class)
public class AttemptItem extends PanacheEntityBase {

    public record Key(String attemptId, String questionId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "attempt_id")
    public String attemptId;

    @Id
    @Column(name = "question_id")
    public String questionId;

    public int position;

    public BigDecimal points;

    public String response;

    @Column(name = "saved_at")
    public Instant savedAt;

    public BigDecimal earned;

    /** The answer in authoring terms, for item statistics (see {@link Answers#key}); null when unanswered. */
    @Column(name = "answer_key")
    public String answerKey;

    public static List<AttemptItem> of(String attemptId) {
        return list("attemptId = ?1 order by position", attemptId);
    }

    /**
     * Saving an answer is this one UPDATE, a plain prepared statement: the app's busiest write, and
     * an HQL bulk update would be translated again on every call.
     */
    public static int saveResponse(String attemptId, String questionId, String response, Instant at) {
        return getSession().doReturningWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "update attempt_item set response = ?, saved_at = ? where attempt_id = ? and question_id = ?")) {
                st.setString(1, response);
                st.setObject(2, at.atOffset(ZoneOffset.UTC));
                st.setString(3, attemptId);
                st.setString(4, questionId);
                return st.executeUpdate();
            }
        });
    }
}
