package org.agora.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secrets in ./data: readable by the owner only, made once, and no published database password. */
class GeneratedSecretsTest {

    @TempDir
    Path root;

    private static void assertOwnerOnly(Path file) throws IOException {
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theSessionKeyIsMadeOnceReadableByTheOwnerOnly() throws IOException {
        Path file = root.resolve("data").resolve("session.key");
        String key = GeneratedSecrets.sessionKey(file);
        assertEquals(32, Base64.getDecoder().decode(key).length);
        assertOwnerOnly(file);
        assertEquals(key, GeneratedSecrets.sessionKey(file), "read again, not replaced");
    }

    @Test
    void aNewInstallGetsADatabasePasswordOfItsOwn() throws IOException {
        Path file = root.resolve("data").resolve("db.password");
        String url = "jdbc:h2:file:" + root.resolve("data").resolve("agora");
        String password = EmbeddedDatabasePassword.readOrCreate(file, url);
        assertEquals(48, password.length());
        assertOwnerOnly(file);
        assertEquals(password, EmbeddedDatabasePassword.readOrCreate(file, url), "read again, not replaced");
        assertNotEquals(password, EmbeddedDatabasePassword.readOrCreate(root.resolve("other").resolve("db.password"), url),
                "random, not a default");
        assertFalse(Files.exists(root.resolve("data").resolve("agora.mv.db")), "no database is made here");
    }

    @Test
    void aDatabaseMadeWithTheOldDefaultMovesToTheNewPassword() throws Exception {
        String url = "jdbc:h2:file:" + root.resolve("data").resolve("agora");
        try (Connection c = DriverManager.getConnection(url, "agora", "agora")) {
            c.createStatement().execute("CREATE TABLE kept (v INT); INSERT INTO kept VALUES (7)");
        }
        String password = EmbeddedDatabasePassword.readOrCreate(root.resolve("data").resolve("db.password"), url);
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "agora", "agora").close(), "the old default no longer opens it");
        try (Connection c = DriverManager.getConnection(url, "agora", password)) {
            var rs = c.createStatement().executeQuery("SELECT v FROM kept");
            assertTrue(rs.next());
            assertEquals(7, rs.getInt(1), "the data is still there");
        }
    }

    @Test
    void onlyH2FileUrlsNameADatabaseFile() {
        assertEquals(Optional.of(Path.of("./data/agora.mv.db")), EmbeddedDatabasePassword.databaseFile("jdbc:h2:file:./data/agora;WRITE_DELAY=0"));
        assertEquals(Optional.of(Path.of("/srv/agora.mv.db")), EmbeddedDatabasePassword.databaseFile("jdbc:h2:/srv/agora"));
        assertEquals(Optional.empty(), EmbeddedDatabasePassword.databaseFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), EmbeddedDatabasePassword.databaseFile("jdbc:h2:tcp://localhost/agora"));
        assertEquals(Optional.empty(), EmbeddedDatabasePassword.databaseFile("jdbc:postgresql://localhost/agora"));
    }
}
