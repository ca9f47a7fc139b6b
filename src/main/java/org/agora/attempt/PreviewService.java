package org.agora.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import io.quarkus.security.ForbiddenException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.account.Account;
import org.agora.attempt.AttemptService.Started;
import org.agora.content.ParseResult;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.content.live.ContentRegistry;
import org.agora.language.Text;
import org.agora.web.InvalidInput;
import org.agora.web.NotFound;

/**
 * Previews for authors (issue 18): an instructor answers a quiz through the attempt pages and the
 * attempt API, and sees the full review at once. A preview is an {@link Attempt} row with
 * {@code preview = true}, owned by the instructor and in no class; it is stored like any attempt,
 * so it survives a restart and every instance serves it. Every count, board, export and queue
 * leaves previews out (the finders of {@link Attempt} and the queries of the other services).
 *
 * <p>A preview ignores availability windows, attempt limits and class membership (an instructor
 * has none of them); the quiz's time limit runs as it would for a learner, without extra time,
 * so that the author sees the timer. At most {@link #KEPT} previews of a quiz are kept per
 * instructor: starting one more discards the oldest.
 */
@ApplicationScoped
public class PreviewService {

    /** Previews kept per instructor and quiz, the new one included. */
    static final int KEPT = 3;

    /** The path prefix of quizzes stored for a preview only, from no file of the quizzes folder. */
    public static final String UNSAVED = "unsaved/";

    private final AttemptService attempts;
    private final QuizVersions versions;
    private final ContentRegistry registry;

    PreviewService(AttemptService attempts, QuizVersions versions, ContentRegistry registry) {
        this.attempts = attempts;
        this.versions = versions;
        this.registry = registry;
    }

    /** Resumes the instructor's open preview of the quiz's current version, or starts one; 404 for an unknown quiz. */
    @Transactional
    public Started start(Account instructor, String quizId) {
        requireInstructor(instructor);
        return begin(instructor, versions.current(quizId), true);
    }

    /**
     * Starts a preview of a stored version: a broken file's last valid one ({@link #lastValid}).
     * 404 when no version has this hash.
     */
    @Transactional
    public Started startVersion(Account instructor, String contentHash) {
        requireInstructor(instructor);
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}") || QuizVersion.findById(contentHash) == null) {
            throw new NotFound((t, l) -> t.attempt_no_version(contentHash));
        }
        return begin(instructor, versions.byHash(contentHash), true);
    }

    /**
     * The entry point for quizzes that are in no file yet (an uploaded file converted in memory):
     * {@code markdown} is the quiz in Agora's Markdown format, {@code name} a file name for it
     * ({@code gift-import.md}; it gives the default id and shows in messages). The text is stored
     * with the preview (path {@code unsaved/NAME}), so the preview survives a restart and works on
     * every instance; the quizzes folder is not touched. 400 ({@link InvalidInput}, field
     * {@code quiz}) when the text is not a valid quiz.
     */
    @Transactional
    public Started startUnsaved(Account instructor, String name, String markdown) {
        requireInstructor(instructor);
        String file = name == null || name.isBlank() ? "quiz.md" : name.strip().replaceAll("[^A-Za-z0-9._-]", "-");
        String path = UNSAVED + file;
        ParseResult<Quiz> parsed = new QuizParser().parse(path, markdown); // as QuizVersions.byHash parses the stored text again
        if (!parsed.ok()) {
            // The quiz format's own error messages, which are English like the format (its spec lists them).
            throw new InvalidInput("quiz", Text.verbatim(parsed.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("; "))));
        }
        return begin(instructor, versions.storeText(parsed.value(), markdown), false);
    }

    /**
     * Discards the preview and starts a fresh one: on the quiz file's current version when the file
     * is served, else (a broken file, an unsaved quiz) on the same version. 404 when it is not the
     * instructor's preview.
     */
    @Transactional
    public Started restart(Account instructor, String attemptId) {
        requireInstructor(instructor);
        Attempt old = Attempt.lockPreview(attemptId, instructor.id).orElseThrow(AttemptService::notFound);
        Quiz was = versions.byHash(old.contentHash);
        Optional<Quiz> served = registry.content().quiz(was.id()).filter(q -> q.path().equals(was.path()));
        Quiz quiz = served.isPresent() ? versions.current(was.id()) : was;
        discard(old);
        return begin(instructor, quiz, false);
    }

    /** Deletes the instructor's preview; 404 when it is not theirs. */
    @Transactional
    public void delete(Account instructor, String attemptId) {
        requireInstructor(instructor);
        discard(Attempt.lockPreview(attemptId, instructor.id).orElseThrow(AttemptService::notFound));
    }

    /**
     * The version of a file with errors that a preview can start on: the last one stored while it was
     * valid (the content registry keeps only valid files, the database every version an attempt or a
     * preview started on). Empty when the file was never valid when anyone started it.
     */
    public Optional<String> lastValid(String path) {
        return QuizVersion.lastOf(path).map(v -> v.contentHash);
    }

    private Started begin(Account instructor, Quiz quiz, boolean resume) {
        Instant now = Instant.now();
        // An instructor's starts take turns, as a learner's do: numbers stay unique, two clicks make one preview.
        Account.findById(instructor.id, LockModeType.PESSIMISTIC_WRITE);
        List<Attempt> previews = Attempt.previewsOf(instructor.id, quiz.id());
        if (resume) {
            Optional<Attempt> open = previews.stream()
                    .filter(a -> a.contentHash.equals(quiz.contentHash()) && !a.submitted() && !a.expired(now)).findFirst();
            if (open.isPresent()) {
                return new Started(attempts.view(open.get()), false);
            }
        }
        for (Attempt old : previews.subList(Math.min(KEPT - 1, previews.size()), previews.size())) {
            discard(old);
        }
        Instant deadline = quiz.timeLimit() == null ? null : now.plus(quiz.timeLimit());
        return attempts.create(instructor, quiz, Attempt.lastNumber(instructor.id, quiz.id()) + 1, now, deadline, true);
    }

    private static void discard(Attempt preview) {
        AttemptItem.delete("attemptId", preview.id);
        preview.delete();
    }

    /** The resources allow instructors only; this holds for any other caller of the service too. */
    private static void requireInstructor(Account account) {
        if (!AttemptService.previews(account)) {
            throw new ForbiddenException("Only instructors preview quizzes");
        }
    }
}
