package org.agora.interchange.gift.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.interchange.QuizFile;

/**
 * An Agora quiz file as GIFT that Moodle imports (issue 18). The file is parsed as the server
 * parses it; a file with errors exports nothing. Everything GIFT cannot hold is a warning at the
 * line that holds it, so that an author knows what Moodle will not have.
 */
public final class GiftExporter {

    /** The GIFT text (null when the file has errors), the file's errors, and the export's warnings, by line. */
    public record Export(String gift, List<Problem> errors, List<Problem> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Front-matter keys with no GIFT form: a Moodle quiz sets them on the quiz, not on its questions. */
    private static final List<String> QUIZ_SETTINGS = List.of("time-limit", "attempts", "pick");

    /** Exports {@code text}, the quiz file shown as {@code path} ({@code quizzes/FILE.md}). */
    public Export export(String path, String text) {
        QuizFile file = QuizFile.parse(path, text);
        if (!file.ok()) {
            return new Export(null, file.errors(), List.of());
        }
        Quiz quiz = file.quiz();
        List<String> lines = file.lines();
        List<Problem> warnings = new ArrayList<>();
        settings(path, file.settingLines(), warnings);
        if (quiz.introHtml() != null && !quiz.introHtml().isBlank()) {
            warnings.add(Problem.warning(path, firstBodyLine(lines), "the introduction is not carried: GIFT has "
                    + "questions only (put it in the Moodle quiz's description)"));
        }
        StringBuilder gift = new StringBuilder();
        gift.append("// ").append(quiz.title().replace('\n', ' ')).append(" (exported by Agora from ").append(path).append(")\n");
        gift.append("$CATEGORY: $course$/top/").append(quiz.title().replace("/", "//").replace('\n', ' ')).append("\n\n");
        List<Question> qs = quiz.questions();
        List<QuestionSource> sources = QuestionSource.all(lines, qs);
        for (int i = 0; i < qs.size(); i++) {
            String written = new GiftQuestionExport(qs.get(i), sources.get(i),
                    (line, message) -> warnings.add(Problem.warning(path, line, message))).write();
            if (written != null) {
                gift.append(written).append("\n\n");
            }
        }
        warnings.sort(null);
        return new Export(gift.toString(), List.of(), List.copyOf(warnings));
    }

    /** A warning for each quiz setting that GIFT cannot carry, at its key's line. */
    private static void settings(String path, Map<String, Integer> settingLines, List<Problem> warnings) {
        for (String key : QUIZ_SETTINGS) {
            if (settingLines.containsKey(key)) {
                warnings.add(Problem.warning(path, settingLines.get(key), key + " is not carried: GIFT holds questions, "
                        + "not quiz settings (set it on the Moodle quiz)"));
            }
        }
    }

    /** The first line after the front matter that has text: where the introduction starts. */
    private static int firstBodyLine(List<String> lines) {
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            }
            i++;
        }
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i + 1;
    }
}
