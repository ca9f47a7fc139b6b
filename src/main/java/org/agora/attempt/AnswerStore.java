package org.agora.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.agora.data.Timestamps;

/**
 * Writes saved answers on a plain JDBC transaction. Saving an answer is the busiest request of
 * the app and needs no entity, so it skips the JTA transaction and the Hibernate session, and its
 * statements are ones H2 keeps prepared (a {@code SELECT ... FOR UPDATE} is parsed on every call).
 *
 * <p>Saving and submitting take turns on the item rows, in the database, so it holds across app
 * instances: an answer is written only to an item not scored yet ({@code earned is null}, and for an
 * essay not awaiting its grade: {@code pending = false}), and
 * scoring locks the items first ({@link AttemptItem#lockedOf}). A save in flight therefore
 * finishes before the scoring reads its item, and a save that waited on a scoring's lock finds the
 * item scored and writes nothing: every acknowledged answer is scored, no later one is stored.
 */
@ApplicationScoped
class AnswerStore {

    /** The attempt as saving sees it: the columns that can refuse a save. */
    record Stored(String contentHash, Instant submittedAt, Instant deadline) {
        boolean submitted() {
            return submittedAt != null;
        }

        boolean expired(Instant now) {
            return Attempt.pastDeadline(deadline, now);
        }
    }

    /** Checks the attempt and returns the answers to store (question id → JSON, null clears). */
    interface Decision {
        Map<String, String> answers(Stored attempt, Supplier<String> storedLayout);
    }

    enum Outcome { SAVED, NO_SUCH_ATTEMPT, SCORED_MEANWHILE }

    private final DataSource db;

    AnswerStore(DataSource db) {
        this.db = db;
    }

    /**
     * Reads the learner's attempt (the instructor's preview when {@code preview}), lets {@code decide} check it and choose the answers, and writes
     * them all or none. When {@code decide} throws, nothing is written.
     */
    Outcome write(String attemptId, long accountId, boolean preview, Instant at, Decision decide) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                Stored attempt = read(c, attemptId, accountId, preview);
                if (attempt == null) {
                    c.rollback();
                    return Outcome.NO_SUCH_ATTEMPT;
                }
                for (var e : decide.answers(attempt, () -> layout(c, attemptId)).entrySet()) {
                    if (update(c, attemptId, e.getKey(), e.getValue(), at) == 0) {
                        c.rollback(); // scored since it was read
                        return Outcome.SCORED_MEANWHILE;
                    }
                }
                c.commit();
                return Outcome.SAVED;
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

    /** The attempt, when it is the account's and a preview exactly when {@code preview} says (a learner never saves into one). */
    private static Stored read(Connection c, String attemptId, long accountId, boolean preview) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "select content_hash, submitted_at, deadline from attempt where id = ? and account_id = ? and preview = ?")) {
            st.setString(1, attemptId);
            st.setLong(2, accountId);
            st.setBoolean(3, preview);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Stored(rs.getString(1), Timestamps.read(rs, 2), Timestamps.read(rs, 3)) : null;
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

    /** 0 when the item was scored (H2 checks the condition again after waiting for the row lock). */
    private static int update(Connection c, String attemptId, String questionId, String response, Instant at)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update attempt_item set response = ?, saved_at = ?"
                + " where attempt_id = ? and question_id = ? and earned is null and pending = false")) {
            st.setString(1, response);
            Timestamps.write(st, 2, at);
            st.setString(3, attemptId);
            st.setString(4, questionId);
            return st.executeUpdate();
        }
    }
}
