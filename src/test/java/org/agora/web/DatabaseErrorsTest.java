package org.agora.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A taken name is told from a database that is not answering, whatever wraps the SQL error. */
class DatabaseErrorsTest {

    private static RuntimeException wrapped(String sqlState) {
        return new PersistenceException("could not execute statement",
                new RuntimeException("wrapper", new SQLException("reason", sqlState)));
    }

    @Test
    void aDuplicateKeyIsAUniqueViolation() {
        assertTrue(DatabaseErrors.isUniqueViolation(wrapped("23505")));
        assertFalse(DatabaseErrors.isUnavailable(wrapped("23505")));
    }

    @Test
    void otherConstraintFailuresAreNotADuplicate() {
        assertFalse(DatabaseErrors.isUniqueViolation(wrapped("23514")), "a check constraint");
        assertFalse(DatabaseErrors.isUniqueViolation(wrapped("23513")), "a check constraint that could not be evaluated");
        assertFalse(DatabaseErrors.isUniqueViolation(new PersistenceException("no SQL cause")));
    }

    @Test
    void aLostConnectionIsUnavailable() {
        assertTrue(DatabaseErrors.isUnavailable(wrapped("08006")), "PostgreSQL: connection failure");
        assertTrue(DatabaseErrors.isUnavailable(wrapped("90098")), "H2: database closed");
        assertFalse(DatabaseErrors.isUnavailable(wrapped("42000")), "a syntax error is a bug, not an outage");
    }
}
