package org.agora;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Agora's own settings ({@code agora.*}, or the matching {@code AGORA_*} environment variables). */
@ConfigMapping(prefix = "agora")
public interface AgoraConfig {

    /** Folder of lesson files ({@code AGORA_LESSONS_DIR}). */
    @WithDefault("lessons")
    Path lessonsDir();

    /** Folder of quiz files ({@code AGORA_QUIZZES_DIR}). */
    @WithDefault("quizzes")
    Path quizzesDir();

    /** How often the folders are checked for added, changed and removed files. */
    @WithDefault("1s")
    Duration contentPollInterval();

    /** Limits on slow clients. */
    Http http();

    interface Http {
        /** How long a request's body may take to arrive in full after its headers ({@code AGORA_HTTP_BODY_TIMEOUT}); then 408. */
        @WithDefault("10s")
        Duration bodyTimeout();
    }

    /** The first instructor, created on the first start of an empty database. */
    Admin admin();

    interface Admin {
        /** {@code AGORA_ADMIN_USERNAME}; {@code admin} when unset. */
        @WithDefault("admin")
        String username();

        /** {@code AGORA_ADMIN_PASSWORD}; when unset a random password is generated and logged once. */
        Optional<String> password();
    }
}
