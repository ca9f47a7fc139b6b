package org.agora.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code agora-generated-session-key}: a random key written once to
 * {@code ./data/session.key}, so that sign-ins survive a restart and every instance started from
 * the same folder shares it. Instances on other machines set {@code AGORA_SESSION_KEY} instead.
 */
public class SessionKeySource implements ConfigSource {

    static final String PROPERTY = "agora-generated-session-key";
    private static final Path FILE = Path.of("data", "session.key");
    private volatile String key;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, getValue(PROPERTY));
    }

    @Override
    public String getValue(String name) {
        if (!PROPERTY.equals(name)) {
            return null;
        }
        if (key == null) {
            key = readOrCreate();
        }
        return key;
    }

    @Override
    public String getName() {
        return "agora-session-key-file";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    private static String readOrCreate() {
        return readOrCreate(FILE);
    }

    /** The key in {@code file}, created first (with its folder) when missing: readable by the owner only. */
    static synchronized String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent(), ownerOnly(file, "rwx------"));
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                // Created with its permissions, so that it is never readable by others, not even for a moment.
                try (SeekableByteChannel out = Files.newByteChannel(file,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(file, "rw-------"))) {
                    out.write(ByteBuffer.wrap(Base64.getEncoder().encode(bytes)));
                } catch (FileAlreadyExistsException raced) {
                    // another instance wrote it first: use theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file.toAbsolutePath(), e);
        }
    }

    /** POSIX permissions where the file system has them (not on Windows, where the folder's ACL applies). */
    private static FileAttribute<?>[] ownerOnly(Path file, String permissions) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}
