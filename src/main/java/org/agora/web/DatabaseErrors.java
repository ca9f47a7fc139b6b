package org.agora.web;

import java.sql.SQLException;

/**
 * What a database failure means, read from the SQLSTATE codes that H2 and PostgreSQL share, so
 * that a duplicate row is told from a database that is not answering.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** A unique constraint refused the row (SQLSTATE 23505): two writers raced for one name or number. */
    public static boolean isUniqueViolation(Throwable e) {
        return sqlState(e).equals("23505");
    }

    /**
     * The database could not be reached or gave up the connection (SQLSTATE class 08, or H2's
     * "database closed" 90098 and "connection broken" 90067): worth trying again shortly.
     */
    public static boolean isUnavailable(Throwable e) {
        String state = sqlState(e);
        return state.startsWith("08") || state.equals("90098") || state.equals("90067");
    }

    /** The SQLSTATE of the first SQL exception in the cause chain, or "" without one. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
