package org.agora.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Writes saved answers on a plain JDBC transaction: lock the attempt row, write the answers,
 * commit. Saving an answer is the busiest request of the app and needs no entity, so it skips the
 * JTA transaction and the Hibernate session (a third of a save's CPU). It locks the same row as a
 * submission ({@link Attempt#lockOwned}), so saving and submitting still take turns in the database,
 * whichever app instance serves them.
 */
@ApplicationScoped
class AnswerStore {

    /** The attempt as saving sees it (the columns that can refuse a save), locked until commit. */
    record Locked(String contentHash, Instant submittedAt, Instant deadline) {
        boolean submitted() {
            return submittedAt != null;
        }

        boolean expired(Instant now) {
            return Attempt.pastDeadline(deadline, now);
        }
    }

    /** Checks the locked attempt and returns the answers to store (question id → JSON, null clears). */
    interface Decision {
        Map<String, String> answers(Locked attempt, Supplier<String> storedLayout);
    }

    private final DataSource db;

    AnswerStore(DataSource db) {
        this.db = db;
    }

    /**
     * Locks the learner's attempt, lets {@code decide} check it and choose the answers, writes them
     * and commits. When {@code decide} throws, nothing is written. Empty when the learner has no
     * such attempt (someone else's included).
     */
    Optional<Locked> write(String attemptId, long accountId, Instant at, Decision decide) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                Optional<Locked> locked = lock(c, attemptId, accountId);
                if (locked.isPresent()) {
                    Map<String, String> answers = decide.answers(locked.get(), () -> layout(c, attemptId));
                    for (var e : answers.entrySet()) {
                        update(c, attemptId, e.getKey(), e.getValue(), at);
                    }
                }
                c.commit();
                return locked;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Saving answers failed", e);
        }
    }

    /**
     * Locks the attempt row with an UPDATE that changes nothing, then reads it. Not a
     * {@code SELECT ... FOR UPDATE}: H2 parses one of those again on every call (it never caches
     * them), while it keeps both of these statements prepared per connection.
     */
    private static Optional<Locked> lock(Connection c, String attemptId, long accountId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "update attempt set submitted_at = submitted_at where id = ? and account_id = ?")) {
            st.setString(1, attemptId);
            st.setLong(2, accountId);
            if (st.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        try (PreparedStatement st = c.prepareStatement("select content_hash, submitted_at, deadline from attempt where id = ?")) {
            st.setString(1, attemptId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return Optional.of(new Locked(rs.getString(1), rs.getObject(2, Instant.class),
                        rs.getObject(3, Instant.class)));
            }
        }
    }

    private static String layout(Connection c, String attemptId) {
        try (PreparedStatement st = c.prepareStatement("select layout from attempt where id = ?")) {
            st.setString(1, attemptId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the attempt's layout failed", e);
        }
    }

    private static void update(Connection c, String attemptId, String questionId, String response, Instant at)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "update attempt_item set response = ?, saved_at = ? where attempt_id = ? and question_id = ?")) {
            st.setString(1, response);
            st.setObject(2, at.atOffset(ZoneOffset.UTC));
            st.setString(3, attemptId);
            st.setString(4, questionId);
            st.executeUpdate();
        }
    }
}
