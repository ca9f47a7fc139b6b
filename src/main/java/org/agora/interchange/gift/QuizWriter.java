package org.agora.interchange.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.agora.content.Ids;

/**
 * Writes GIFT questions as one Agora quiz file (quiz format 1.1), reporting as warnings, at the
 * GIFT line, everything that does not carry over exactly. A question that cannot be written at all
 * is left out, with a warning.
 */
final class QuizWriter {

    /** The file's text, and for each line where a question starts in it, the GIFT line it came from. */
    record Written(String markdown, int questions, TreeMap<Integer, Integer> giftLines) {
    }

    private final List<ImportProblem> problems;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> ids = new HashSet<>();
    private final TreeMap<Integer, Integer> giftLines = new TreeMap<>();
    private int written;

    QuizWriter(List<ImportProblem> problems) {
        this.problems = problems;
    }

    void warn(int line, String message) {
        problems.add(ImportProblem.warning(line, message));
    }

    Written write(String id, String title, List<GiftQuestion> questions) {
        out.append("---\nid: ").append(id).append("\ntitle: ").append(yaml(title)).append("\n---\n");
        for (GiftQuestion q : questions) {
            List<String> body = new QuestionWriter(q, this).lines();
            if (body == null) {
                continue;
            }
            written++;
            out.append('\n');
            giftLines.put(lineCount() + 1, q.line());
            body.forEach(l -> out.append(l).append('\n'));
        }
        return new Written(out.toString(), written, giftLines);
    }

    private int lineCount() {
        return (int) out.chars().filter(c -> c == '\n').count();
    }

    /** The question's id: its {@code [id:]} when valid, else a slug of its name, else of its title; unique in the file. */
    String id(GiftQuestion q, String title) {
        String id = null;
        if (q.idNumber() != null) {
            if (Ids.isValid(q.idNumber())) {
                id = q.idNumber();
            } else {
                id = Ids.slug(q.idNumber());
                warn(q.line(), "[id:" + q.idNumber() + "] is not an Agora question id (lower-case letters, digits and "
                        + "hyphens): " + (id.isEmpty() ? "an id is made from the question instead" : "`" + id + "` is used"));
            }
        }
        if (id == null || id.isEmpty()) {
            id = Ids.slug(q.name() != null ? q.name() : title);
        }
        if (id.isEmpty()) {
            id = "q" + (written + 1);
        }
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        if (!unique.equals(id) && q.idNumber() != null) {
            warn(q.line(), "[id:" + q.idNumber() + "] is used by an earlier question of this quiz: `" + unique + "` is used");
        }
        return unique;
    }

    int number() {
        return written + 1;
    }

    /** A YAML double-quoted string. */
    static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The weights of Moodle's multiple-answer question, fitted into credits that add up to 100 %. */
    List<BigDecimal> multipleCredits(GiftQuestion q, List<GiftAnswer> options) {
        List<BigDecimal> credits = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        for (GiftAnswer a : options) {
            credits.add(Credits.fit(a.weight(), a.line(), this::warn));
            exact.add(a.weight().max(Credits.HUNDRED.negate()).min(Credits.HUNDRED));
        }
        return Credits.toHundred(credits, exact, q.line(), this::warn);
    }
}
