package org.agora.interchange.qti;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.agora.content.Numbers;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.content.ReviewRule;
import org.agora.interchange.QuizFile;
import org.agora.interchange.gift.export.QuestionSource;

/**
 * An Agora quiz file as a QTI 1.2 package that Canvas imports into Classic Quizzes (Settings →
 * Import Course Content → QTI .zip file). The file is parsed as the server parses it; a file with
 * errors exports nothing. Everything Canvas cannot hold is a warning at the line that holds it.
 */
public final class QtiExporter {

    /** The zip (null when the file has errors), the file's errors, and the export's warnings, by line. */
    public record Export(byte[] zip, List<Problem> errors, List<Problem> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    static final String QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";

    /** Front-matter keys Canvas has no field for, and why. */
    private static final Map<String, String> NOT_CARRIED = Map.of(
            "pass", "pass is not carried: a Canvas quiz has no pass mark",
            "lesson", "lesson is not carried: a Canvas quiz cannot point to an Agora lesson",
            "lang", "lang is not carried: a Canvas quiz has no language of its own");

    /** Exports {@code text}, the quiz file shown as {@code path} ({@code quizzes/FILE.md}). */
    public Export export(String path, String text) {
        QuizFile file = QuizFile.parse(path, text);
        return file.ok() ? write(path, file) : new Export(null, file.errors(), List.of());
    }

    private static Export write(String path, QuizFile file) {
        Quiz quiz = file.quiz();
        List<String> lines = file.lines();
        List<Problem> warnings = new ArrayList<>();
        BiConsumer<Integer, String> warn = (line, message) -> warnings.add(Problem.warning(path, line, message));
        QtiIds ids = new QtiIds(quiz.id());
        boolean group = quiz.pick() != null && samePoints(quiz);
        settings(file.settingLines(), quiz, group, warn);
        byte[] assessment = QtiXml.document("questestinterop", QTI_NS, new String[0], x -> {
            x.open("assessment", "ident", ids.assessment(), "title", quiz.title());
            x.open("section", "ident", "root_section");
            if (group) { // Canvas's question group: pick so many, each worth the same
                x.open("section", "ident", ids.assessment() + "_pick", "title", quiz.title());
                x.open("selection_ordering").open("selection").text("selection_number", String.valueOf(quiz.pick()))
                        .open("selection_extension").text("points_per_item", Numbers.plain(quiz.questions().get(0).points()))
                        .close().close().close();
            }
            List<Question> qs = quiz.questions();
            List<QuestionSource> sources = QuestionSource.all(lines, qs);
            for (int i = 0; i < qs.size(); i++) {
                new QtiItemExport(qs.get(i), sources.get(i), ids, x, warn).write();
            }
            if (group) {
                x.close();
            }
            x.close().close();
        });
        byte[] meta = QtiQuizSettings.xml(quiz, ids);
        warnings.sort(null);
        return new Export(QtiPackage.zip(ids, assessment, meta), List.of(), List.copyOf(warnings));
    }

    private static boolean samePoints(Quiz quiz) {
        return quiz.questions().stream().map(q -> q.points().stripTrailingZeros()).distinct().count() == 1;
    }

    /** A warning for each quiz setting that Canvas cannot carry as it is, at its key's line. */
    private static void settings(Map<String, Integer> settingLines, Quiz quiz, boolean group,
            BiConsumer<Integer, String> warn) {
        for (Map.Entry<String, Integer> setting : settingLines.entrySet()) {
            String key = setting.getKey();
            int line = setting.getValue();
            if (NOT_CARRIED.containsKey(key)) {
                warn.accept(line, NOT_CARRIED.get(key));
            } else if (key.equals("pick") && !group) {
                warn.accept(line, "pick is not carried: a Canvas question group gives every question the same points, "
                        + "and these questions' points differ");
            } else if (key.equals("time-limit") && quiz.timeLimit().getSeconds() % 60 != 0) {
                warn.accept(line, "time-limit is rounded up to " + QtiQuizSettings.minutes(quiz) + " minutes: Canvas "
                        + "counts whole minutes");
            } else if (key.equals("review") && quiz.review() == ReviewRule.AFTER_CLOSE) {
                warn.accept(line, "review: after-close is not carried: Canvas shows answers from a date, not at a class's "
                        + "close; written as hidden (set \"Show correct answers at\" on the Canvas quiz)");
            }
        }
    }

}
