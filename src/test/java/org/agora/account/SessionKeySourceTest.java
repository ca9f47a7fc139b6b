package org.agora.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated session key signs every session: only the account that runs Agora may read it. */
class SessionKeySourceTest {

    @TempDir
    Path root;

    @Test
    void createsTheFolderAndTheKeyReadableByTheOwnerOnly() throws IOException {
        assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path file = root.resolve("data").resolve("session.key");
        String key = SessionKeySource.readOrCreate(file);
        assertEquals(32, Base64.getDecoder().decode(key).length);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key, SessionKeySource.readOrCreate(file), "read again, not replaced");
    }
}
