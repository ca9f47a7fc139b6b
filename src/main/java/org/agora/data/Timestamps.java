package org.agora.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in hand-written JDBC, the same on every database: a {@code TIMESTAMP WITH TIME ZONE}
 * column is read and written as {@link OffsetDateTime}, the type JDBC 4.2 maps it to. H2 also
 * takes {@link Instant} directly, but PostgreSQL's driver does not.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant read(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static void write(PreparedStatement st, int parameter, Instant at) throws SQLException {
        st.setObject(parameter, at == null ? null : at.atOffset(ZoneOffset.UTC));
    }
}
