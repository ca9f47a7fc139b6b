package org.agora.content.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agora.content.Option;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.content.ShortAnswers;

/**
 * Options that test test-taking rather than the subject ("all of the above", "none of the above"),
 * and a negative question ("not", "except" in the heading, outside quoted statements) that a
 * hurried reader misses unless it stands out: in <strong>bold</strong>, <em>italics</em> or capitals.
 */
final class WeakOptions {

    private static final Pattern ABOVE = Pattern.compile("\\b(all|none|both|neither) of the above\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("\\b(not|except)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern CAPITALS = Pattern.compile("\\b(NOT|EXCEPT)\\b");
    private static final Pattern EMPHASISED = Pattern.compile("<(em|strong)>[^<]*\\b(not|except)\\b[^<]*</\\1>",
            Pattern.CASE_INSENSITIVE);

    private WeakOptions() {
    }

    static List<Problem> check(List<Quiz> module) {
        List<Problem> found = new ArrayList<>();
        for (Quiz quiz : module) {
            for (Question q : quiz.questions()) {
                for (Option o : q.options()) {
                    if (ABOVE.matcher(o.text()).find()) {
                        found.add(Problem.warning(quiz.path(), q.line(), "weak option: '" + o.text()
                                + "' tests reading the list, not the subject (and breaks when options are shuffled)"));
                    }
                }
                // The question itself, not a statement it quotes or the context around it.
                String asked = QUOTED.matcher(ShortAnswers.straightenQuotes(q.titleText())).replaceAll("\"\"");
                if (NEGATIVE.matcher(asked).find() && !CAPITALS.matcher(asked).find() && !EMPHASISED.matcher(q.titleHtml()).find()) {
                    found.add(Problem.warning(quiz.path(), q.line(), "negative stem: emphasise the 'not' or 'except' "
                            + "(**not**, *except* or NOT), or ask the question positively"));
                }
            }
        }
        return found;
    }
}
