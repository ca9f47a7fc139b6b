package org.agora.content.live;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.content.ContentLoader;
import org.agora.content.ContentSet;

/**
 * Parses the content folders on a background thread while Quarkus boots. Parsing cold code is a
 * fifth of the packaged app's start-up on a 2-core machine; done beside the framework's own
 * initialisation, the registry's first load is mostly finished by the time it asks. The registry
 * takes the result only for the same folders and the same files (names, sizes, modification
 * times); otherwise it loads as usual, so a wrong guess costs some background work, never content.
 */
public final class ContentPreload {

    private record Started(Path lessons, Path quizzes, String fingerprint, CompletableFuture<ContentSet> set) {
    }

    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    private ContentPreload() {
    }

    public static void start(Path lessonsDir, Path quizzesDir) {
        Path lessons = lessonsDir.toAbsolutePath().normalize();
        Path quizzes = quizzesDir.toAbsolutePath().normalize();
        String fingerprint = ContentFingerprint.of(lessons, quizzes);
        CompletableFuture<ContentSet> set = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                set.complete(ContentLoader.load(lessonsDir, quizzesDir));
            } catch (RuntimeException | Error e) {
                set.completeExceptionally(e);
            }
        }, "agora-content-preload");
        t.setDaemon(true);
        STARTED.set(new Started(lessons, quizzes, fingerprint, set));
        t.start();
    }

    /** The preloaded content if it was read from these folders in this state, else null; once. */
    static ContentSet take(Path lessonsDir, Path quizzesDir, String fingerprint) {
        Started s = STARTED.getAndSet(null);
        if (s == null || !s.lessons().equals(lessonsDir.toAbsolutePath().normalize())
                || !s.quizzes().equals(quizzesDir.toAbsolutePath().normalize()) || !s.fingerprint().equals(fingerprint)) {
            return null;
        }
        try {
            return s.set().join();
        } catch (RuntimeException e) {
            return null; // the registry loads again and reports whatever went wrong
        }
    }
}
