package org.agora.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The embedded H2 database's password, generated once into {@code data/db.password}. Databases
 * made before Agora generated it were opened with the published {@code agora}/{@code agora}: the
 * first start that finds such a database without the file moves it over to a new password (with
 * no network listener, only the file's owner could use the old one, but it should not open a copy
 * of the file either).
 */
final class EmbeddedDatabasePassword {

    static final String USER = "agora";
    private static final String OLD_PASSWORD = "agora";
    /** The URL in application.properties; a setting elsewhere is read from where Quarkus would read it first. */
    static final String DEFAULT_URL = "jdbc:h2:file:./data/agora";

    private EmbeddedDatabasePassword() {
    }

    static String readOrCreate(Path file) {
        String url = Optional.ofNullable(System.getProperty("quarkus.datasource.jdbc.url"))
                .or(() -> Optional.ofNullable(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))).orElse(DEFAULT_URL);
        return readOrCreate(file, url);
    }

    static synchronized String readOrCreate(Path file, String url) {
        if (Files.exists(file)) {
            return DataFolder.read(file);
        }
        String password = HexFormat.of().formatHex(GeneratedSecrets.random(24));
        boolean old = databaseFile(url).map(Files::exists).orElse(false);
        if (old) {
            setPassword(url, OLD_PASSWORD, password);
        }
        try {
            return DataFolder.readOrCreate(file, () -> password);
        } catch (RuntimeException e) {
            if (old) {
                setPassword(url, password, OLD_PASSWORD); // without the file nobody would know the new one
            }
            throw e;
        }
    }

    private static void setPassword(String url, String from, String to) {
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", USER, from); Statement st = c.createStatement()) {
            st.execute("ALTER USER " + USER + " SET PASSWORD '" + to + "'"); // both are ours: hex digits or the old default
        } catch (SQLException e) {
            throw new IllegalStateException("The database at " + url + " was made before Agora generated its password, but the "
                    + "old default does not open it (" + e.getMessage() + "). Set QUARKUS_DATASOURCE_PASSWORD to its password.", e);
        }
    }

    /** The file of an H2 file database ({@code jdbc:h2:file:PATH;...} or {@code jdbc:h2:PATH}), if the URL names one. */
    static Optional<Path> databaseFile(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.contains(":") && !rest.startsWith("~")) {
            return Optional.empty();
        }
        String path = rest.split(";", 2)[0];
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path + ".mv.db"));
    }
}
