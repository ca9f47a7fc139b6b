package org.agora.content.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Where the lessons and quizzes live, and how often the server looks for changes. */
@ConfigMapping(prefix = "agora")
public interface ContentConfig {

    /** Folder of lesson files ({@code AGORA_LESSONS_DIR}). */
    @WithDefault("lessons")
    Path lessonsDir();

    /** Folder of quiz files ({@code AGORA_QUIZZES_DIR}). */
    @WithDefault("quizzes")
    Path quizzesDir();

    /** How often the folders are checked for added, changed and removed files. */
    @WithDefault("1s")
    Duration contentPollInterval();
}
