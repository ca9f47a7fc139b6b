package org.agora.content.live;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agora.AgoraConfig;
import org.agora.account.CurrentAccount;
import org.agora.attempt.PreviewService;
import org.agora.content.ContentSet;
import org.agora.content.ParseResult;
import org.agora.content.Problem;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.content.writing.ItemWriting;
import org.agora.interchange.gift.GiftFiles;
import org.agora.interchange.gift.GiftImport;
import org.agora.interchange.gift.export.GiftExporter;
import org.agora.interchange.qti.QtiExporter;
import org.agora.language.Language;
import org.agora.language.Staff;
import org.agora.web.Flash;
import org.agora.web.NotFound;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The instructor's view of the content folders: what is served, what is withdrawn and why. */
@Path("/instructor/content")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("instructor")
public class ContentStatusResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(ContentSet content, Map<String, List<Problem>> broken,
                Map<String, List<Problem>> warned, Map<String, String> lastValid, Set<String> brokenQuizzes);

        static native TemplateInstance gift(GiftReview review);
    }

    /** The largest GIFT file taken: a question bank of a few hundred questions (the body limit is 256 KB). */
    static final int MAX_GIFT_BYTES = 200 * 1024;
    private static final Pattern QUIZ_FILE = Pattern.compile("[a-z0-9-]{1,100}\\.md");

    private final ContentRegistry registry;
    private final AgoraConfig config;
    private final Language language;
    private final Flash flash;

    private final PreviewService previews;

    private final CurrentAccount current;

    ContentStatusResource(ContentRegistry registry, AgoraConfig config, Language language, Flash flash,
            PreviewService previews, CurrentAccount current) {
        this.current = current;
        this.registry = registry;
        this.config = config;
        this.language = language;
        this.flash = flash;
        this.previews = previews;
    }

    @GET
    public TemplateInstance status() {
        ContentSet content = registry.content();
        // Warnings are worked out from the served quizzes on each visit: a page for the few who author.
        List<Problem> warnings = ItemWriting.warnings(content.quizzes(), config.quizzesDir().toString());
        Map<String, List<Problem>> broken = byFile(content.problems());
        // A broken quiz file previews in its last valid version when one was stored; else the page says why not.
        java.nio.file.Path quizzes = config.quizzesDir().toAbsolutePath().normalize();
        Set<String> brokenQuizzes = broken.keySet().stream()
                .filter(p -> java.nio.file.Path.of(p).toAbsolutePath().normalize().startsWith(quizzes)).collect(Collectors.toSet());
        Map<String, String> lastValid = new HashMap<>();
        brokenQuizzes.forEach(p -> previews.lastValid(p).ifPresent(hash -> lastValid.put(p, hash)));
        return Templates.status(content, broken, byFile(warnings), lastValid, brokenQuizzes);
    }

    /**
     * A GIFT file converted for review; nothing is written yet. A file that cannot be read or
     * converted gets the page with what is wrong (400), never a server error.
     */
    @POST
    @Path("gift")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response convertGift(@RestForm("gift") FileUpload upload) {
        Staff texts = language.staff();
        if (upload == null || upload.size() == 0) {
            return refused(texts.gift_empty(), "", 400);
        }
        String name = GiftFiles.shownName(upload.fileName());
        if (upload.size() > MAX_GIFT_BYTES) {
            return refused(texts.gift_too_large(MAX_GIFT_BYTES / 1024), name, 400);
        }
        String source;
        try {
            source = GiftFiles.utf8(Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) { // CharacterCodingException included: not UTF-8
            return refused(texts.gift_not_utf8(), name, 400);
        }
        GiftImport.Outcome outcome = new GiftImport().convert(name, source);
        GiftReview review = GiftReview.of(name, outcome, config.quizzesDir(), outcome.ok() ? null : texts.gift_failed());
        return Response.status(outcome.ok() ? 200 : 400).entity(Templates.gift(review)).build();
    }

    /**
     * Saves a reviewed quiz file into the quizzes folder, after checking it again as the server
     * will load it; an existing file is replaced only when the form says so. The registry reloads
     * at once, so the content page lists the new quiz.
     */
    @POST
    @Path("gift/save")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveGift(@FormParam("file") String file, @FormParam("markdown") String markdown,
            @FormParam("replace") String replace) {
        Staff texts = language.staff();
        Reviewed r = reviewed(file, markdown);
        Response invalid = invalid(r);
        if (invalid != null) {
            return invalid;
        }
        GiftReview again = r.again();
        java.nio.file.Path target = config.quizzesDir().resolve(file);
        String text = r.text();
        boolean replacing = "yes".equals(replace);
        try {
            GiftFiles.write(target, text, replacing);
        } catch (FileAlreadyExistsException e) {
            return Response.status(409).entity(Templates.gift(withNotice(again, texts.gift_exists_confirm()))).build();
        } catch (IOException e) {
            return Response.status(503).entity(Templates.gift(withNotice(again, texts.gift_not_written(e.getMessage())))).build();
        }
        registry.reloadIfChanged();
        return flash.seeOther("/instructor/content", texts.gift_saved(file));
    }

    /**
     * Opens the reviewed quiz in a preview before anything is saved: the text travels with the
     * preview (see {@link PreviewService#startUnsaved}), so the form keeps its edits and nothing
     * lands in quizzes/. A text that is not a valid quiz gets the review again with its errors.
     */
    @POST
    @Path("gift/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response previewGift(@FormParam("file") String file, @FormParam("markdown") String markdown) {
        Reviewed r = reviewed(file, markdown);
        Response invalid = invalid(r);
        if (invalid != null) {
            return invalid;
        }
        String attempt = previews.startUnsaved(current.get(), file, r.text()).view().attempt();
        return Response.seeOther(URI.create("/attempts/" + attempt)).build();
    }

    /**
     * A served quiz's file as GIFT for Moodle, downloaded. What GIFT cannot hold is listed in
     * {@code //} comments at the top, as {@code export-gift} prints it on standard error.
     */
    @GET
    @Path("quizzes/{id}.gift")
    @Produces("text/plain; charset=UTF-8")
    public Response downloadGift(@PathParam("id") String id) {
        Quiz quiz = servedQuiz(id);
        GiftExporter.Export export = new GiftExporter().export(quiz.path(), servedText(quiz));
        if (!export.ok()) {
            return brokenSinceServed();
        }
        StringBuilder gift = new StringBuilder();
        export.warnings().forEach(w -> gift.append("// ").append(w.toString().replace('\n', ' ')).append('\n'));
        gift.append(export.gift());
        return attachment(gift.toString(), id + ".gift");
    }

    /**
     * A served quiz's file as a QTI package for Canvas, downloaded (what Canvas cannot hold is
     * what {@code export-qti} warns about; the README lists it).
     */
    @GET
    @Path("quizzes/{id}.qti.zip")
    @Produces("application/zip")
    public Response downloadQti(@PathParam("id") String id) {
        Quiz quiz = servedQuiz(id);
        QtiExporter.Export export = new QtiExporter().export(quiz.path(), servedText(quiz));
        return export.ok() ? attachment(export.zip(), id + ".qti.zip") : brokenSinceServed();
    }

    /** The file broke after it was served: the content page shows why. */
    private static Response brokenSinceServed() {
        return Response.seeOther(URI.create("/instructor/content")).build();
    }

    private static Response attachment(Object body, String filename) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private Quiz servedQuiz(String id) {
        return registry.content().quiz(id).orElseThrow(() -> new NotFound((t, l) -> t.content_no_quiz(id)));
    }

    /** The served quiz's file as it is now on disk; 404 when it has gone. */
    private String servedText(Quiz quiz) {
        java.nio.file.Path file = config.quizzesDir().resolve(java.nio.file.Path.of(quiz.path()).getFileName());
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NotFound((t, l) -> t.content_no_quiz(quiz.id()));
        }
    }

    /** A reviewed quiz text as the form sent it, checked as the server will load it, and its review page. */
    private record Reviewed(String text, ParseResult<Quiz> parsed, GiftReview again) {
    }

    /** Null when the form names no valid quiz file or sends no text. */
    private Reviewed reviewed(String file, String markdown) {
        if (file == null || !QUIZ_FILE.matcher(file).matches() || markdown == null) {
            return null;
        }
        String text = markdown.replace("\r\n", "\n"); // a form sends its line breaks as CR LF
        ParseResult<Quiz> parsed = new QuizParser().parse("quizzes/" + file, text);
        List<Problem> lint = parsed.ok() ? ItemWriting.warnings(List.of(parsed.value()), "quizzes") : parsed.problems();
        int questions = parsed.ok() ? parsed.value().questions().size() : 0;
        return new Reviewed(text, parsed, new GiftReview(file, false, List.of(),
                List.of(GiftReview.file(file, text, questions, lint, config.quizzesDir())), null));
    }

    /** The page that refuses a reviewed text (no valid file name, or not a valid quiz); null when it is fine. */
    private Response invalid(Reviewed r) {
        if (r == null) {
            return refused(language.staff().gift_bad_name(), "", 400);
        }
        return r.parsed().ok() ? null
                : Response.status(400).entity(Templates.gift(withNotice(r.again(), language.staff().gift_bad_quiz()))).build();
    }

    private static GiftReview withNotice(GiftReview r, String notice) {
        return new GiftReview(r.name(), r.converted(), r.problems(), r.files(), notice);
    }

    private Response refused(String notice, String name, int status) {
        return Response.status(status).entity(Templates.gift(new GiftReview(name, false, List.of(), List.of(), notice))).build();
    }

    private static Map<String, List<Problem>> byFile(List<Problem> problems) {
        return problems.stream().collect(Collectors.groupingBy(Problem::path, TreeMap::new, Collectors.toList()));
    }
}
