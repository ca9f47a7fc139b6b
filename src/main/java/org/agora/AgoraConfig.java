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

    /** Throttling of password sign-ins (see SignInPolicy and the README). */
    SignIn signIn();

    interface SignIn {
        /** Failures for one account name within the window before its password sign-in is refused. */
        @WithDefault("10")
        int accountLimit();

        /** Failures from one client address within the window: higher, as a school shares one. */
        @WithDefault("100")
        int addressLimit();

        @WithDefault("15m")
        Duration window();

        /** The first refusal; each further failure doubles it. */
        @WithDefault("1m")
        Duration firstDelay();

        @WithDefault("15m")
        Duration maxDelay();
    }

    interface Admin {
        /** {@code AGORA_ADMIN_USERNAME}; {@code admin} when unset. */
        @WithDefault("admin")
        String username();

        /** {@code AGORA_ADMIN_PASSWORD}; when unset a random password is generated and logged once. */
        Optional<String> password();
    }
}
