package org.agora.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    private static synchronized String readOrCreate() {
        try {
            if (!Files.exists(FILE)) {
                Files.createDirectories(FILE.getParent());
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                try {
                    Files.writeString(FILE, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException raced) {
                    // another instance wrote it first: use theirs
                }
            }
            return Files.readString(FILE, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + FILE.toAbsolutePath(), e);
        }
    }
}
