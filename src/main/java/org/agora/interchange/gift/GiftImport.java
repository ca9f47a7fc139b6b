package org.agora.interchange.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.agora.content.Ids;
import org.agora.content.ParseResult;
import org.agora.content.Problem;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.content.writing.ItemWriting;

/**
 * A GIFT file as Agora quiz files: one file, or, when its questions fall in two or more
 * {@code $CATEGORY:}s, one file per category. Each file is checked with the quiz parser; a file
 * that would not pass is an error, so what is offered for writing always lints clean.
 */
public final class GiftImport {

    /** One quiz file to write: its name ({@code ID.md}), text, questions and the linter's warnings on it (by its path in the folder). */
    public record QuizFile(String fileName, String markdown, int questions, List<Problem> lint) {
    }

    /** What a GIFT file became: the quiz files (none on any error) and the problems, by line. */
    public record Outcome(List<QuizFile> files, List<ImportProblem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(ImportProblem::error) && !files.isEmpty();
        }
    }

    /** Category path segments that every Moodle export starts with and that name no content. */
    private static final Set<String> CONTEXTS = Set.of("$course$", "$system$", "$module$", "$cat1$",
            "$coursecategory$", "$user$", "top");

    private final QuizParser parser = new QuizParser();

    /** Converts {@code source}, the text of the GIFT file called {@code giftName}, for the folder {@code quizzes/}. */
    public Outcome convert(String giftName, String source) {
        return convert(giftName, source, "quizzes");
    }

    /** Converts for the folder {@code quizzes}, the path that the linter's messages name the written files by. */
    public Outcome convert(String giftName, String source, String quizzes) {
        GiftParser.Result read = new GiftParser().parse(source.startsWith("\uFEFF") ? source.substring(1) : source);
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        if (read.problems().stream().anyMatch(ImportProblem::error)) {
            return new Outcome(List.of(), sorted(problems));
        }
        String base = Ids.slug(baseName(giftName));
        base = base.isEmpty() ? "gift-import" : base;
        Map<String, List<GiftQuestion>> groups = new LinkedHashMap<>();
        for (GiftQuestion q : read.questions()) {
            groups.computeIfAbsent(Objects.requireNonNullElse(q.category(), ""), k -> new ArrayList<>()).add(q);
        }
        List<QuizFile> files = new ArrayList<>();
        List<String> usedIds = new ArrayList<>();
        for (Map.Entry<String, List<GiftQuestion>> g : groups.entrySet()) {
            String id = base;
            String title = baseName(giftName).replace('_', ' ').replace('-', ' ').strip();
            if (groups.size() > 1 && !g.getKey().isEmpty()) {
                List<String> path = categoryPath(g.getKey());
                String slug = Ids.slug(String.join(" ", path));
                id = slug.isEmpty() ? base : base + "-" + slug;
                title = path.isEmpty() ? title : path.get(path.size() - 1);
            }
            String unique = id;
            for (int n = 2; usedIds.contains(unique); n++) {
                unique = id + "-" + n;
            }
            usedIds.add(unique);
            QuizWriter.Written w = new QuizWriter(problems).write(unique, title.isEmpty() ? unique : title, g.getValue());
            if (w.questions() > 0) {
                files.add(checked(quizzes, unique + ".md", w, problems));
            }
        }
        if (files.isEmpty() && problems.stream().noneMatch(ImportProblem::error)) {
            problems.add(ImportProblem.error(1, "no question to import: the file has no question Agora can take"));
        }
        boolean failed = problems.stream().anyMatch(ImportProblem::error);
        return new Outcome(failed ? List.of() : List.copyOf(files), sorted(problems));
    }

    /** Parses the written file as the server would; a problem there is an error at the GIFT question's line. */
    private QuizFile checked(String quizzes, String fileName, QuizWriter.Written w, List<ImportProblem> problems) {
        ParseResult<Quiz> parsed = parser.parse(quizzes + "/" + fileName, w.markdown());
        TreeMap<Integer, Integer> lines = w.giftLines();
        for (Problem p : parsed.problems()) {
            Map.Entry<Integer, Integer> at = lines.floorEntry(p.line());
            problems.add(ImportProblem.error(at == null ? 1 : at.getValue(), "the converted question does not pass "
                    + "the quiz format's checks (" + fileName + ":" + p.line() + ": " + p.message() + ")"));
        }
        List<Problem> lint = parsed.ok() ? ItemWriting.warnings(List.of(parsed.value()), quizzes) : parsed.problems();
        return new QuizFile(fileName, w.markdown(), w.questions(), lint);
    }

    /** {@code $course$/top/Week 1/Kinematics} is {@code [Week 1, Kinematics]}. */
    static List<String> categoryPath(String category) {
        List<String> path = new ArrayList<>();
        for (String s : category.split("/")) {
            String t = s.strip();
            if (!t.isEmpty() && (!CONTEXTS.contains(t.toLowerCase(java.util.Locale.ROOT)) || !path.isEmpty())) {
                path.add(t);
            }
        }
        return path;
    }

    /** The file name without folders and without {@code .gift} or {@code .txt}. */
    static String baseName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        return n.replaceFirst("(?i)\\.(gift|txt)$", "");
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        List<ImportProblem> s = new ArrayList<>(problems);
        s.sort(ImportProblem.ORDER);
        return List.copyOf(s);
    }
}
