package org.agora.attempt;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must not reach a learner before review allows it, for the all-types fixture: option
 * feedback, explanations and the accepted answers that only the quiz file holds. Texts are
 * compared after undoing JSON and HTML escapes and dropping tags, so that {@code It says "signed"}
 * is found as {@code It says &quot;signed&quot;} in a page and as {@code It says \"signed\"} in JSON.
 */
final class Leaks {

    /** Option feedback of all-types.md. */
    static final List<String> FEEDBACK = List.of("Jiang signed the 1997 statement", "Yes. [P3]",
            "The EU is not a UN body");

    /** Explanations of all-types.md (the blockquotes after each answer block that are not the hint). */
    static final List<String> EXPLANATIONS = List.of("Annan spoke of individual sovereignty",
            "Two of the three are UN organs", "It says \"signed\"", "The Rodong Sinmun.", "May 1997.",
            "1945, 1993, 2014", "Annan led the UN; Jiang led China");

    /** Accepted answers written only in the file (the regex), and the file's answer markers. */
    static final List<String> ANSWER_KEY = List.of("/rodong", "rodong\\s+shinmun", "(x)", "[x]", "- (1)", "->");

    /** The hint: the learner may see it during the attempt. */
    static final String HINT = "Think of a UN Secretary-General.";

    private Leaks() {
    }

    /** Plain text of a JSON or HTML body: escapes undone, tags dropped, white space collapsed. */
    static String plain(String body) {
        String s = body.replace("\\\"", "\"").replace("\\n", " ").replace("\\/", "/").replace("\\\\", "\\");
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        s = sb.toString().replaceAll("<[^>]*>", "");
        s = s.replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        return s.replaceAll("\\s+", " ");
    }

    /** Fails listing every phrase of {@code forbidden} that {@code body} contains. */
    static void assertNone(String where, String body, List<String> forbidden) {
        String plain = plain(body);
        List<String> found = new ArrayList<>();
        for (String f : forbidden) {
            if (plain.contains(f)) {
                found.add(f);
            }
        }
        if (!found.isEmpty()) {
            fail(where + " reveals " + found + ":\n" + body);
        }
    }

    /** No feedback, no explanation, no answer key. */
    static void assertNoAnswers(String where, String body) {
        List<String> all = new ArrayList<>(FEEDBACK);
        all.addAll(EXPLANATIONS);
        all.addAll(ANSWER_KEY);
        assertNone(where, body, all);
    }

    static List<String> all() {
        List<String> all = new ArrayList<>(FEEDBACK);
        all.addAll(EXPLANATIONS);
        return all;
    }
}
