package org.agora.data;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Secrets made once and kept in {@code ./data} (see {@link DataFolder}), so that a restart, and
 * every instance started from the same folder, finds the same ones:
 * <ul>
 * <li>{@code agora-generated-session-key} ({@code data/session.key}), the key of the session
 * cookie; instances on other machines set {@code AGORA_SESSION_KEY} instead;</li>
 * <li>{@code agora-generated-db-password} ({@code data/db.password}), the embedded database's
 * password, so that no published default opens it ({@link EmbeddedDatabasePassword} moves a
 * database made with the old default over to it).</li>
 * </ul>
 */
public class GeneratedSecrets implements ConfigSource {

    static final String SESSION_KEY = "agora-generated-session-key";
    static final String DB_PASSWORD = "agora-generated-db-password";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(SESSION_KEY, DB_PASSWORD);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(SESSION_KEY, getValue(SESSION_KEY), DB_PASSWORD, getValue(DB_PASSWORD));
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case SESSION_KEY -> made.computeIfAbsent(name, n -> sessionKey(DataFolder.PATH.resolve("session.key")));
            case DB_PASSWORD -> made.computeIfAbsent(name, n -> EmbeddedDatabasePassword.readOrCreate(DataFolder.PATH.resolve("db.password")));
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "agora-generated-secrets";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    /** The key in {@code file}: 32 random bytes, Base64. */
    static String sessionKey(Path file) {
        return DataFolder.readOrCreate(file, () -> Base64.getEncoder().encodeToString(random(32)));
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
