package org.agora.content;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles the regex of a {@code = /regex/} line with RE2/J, whose matching takes time linear in
 * the answer's length: with {@code java.util.regex}, {@code /(.*a){10}x/} held one submit for 50 s.
 * RE2 has no backreferences or lookaround, so those are refused here, at the quiz file's line.
 */
public final class AnswerRegex {

    /**
     * The most RE2 instructions one regex may compile to; matching costs about this many steps per
     * character of the answer. Repetition counts multiply: {@code (x{10}){10}} is a hundred x's.
     */
    static final int MAX_PROGRAM_SIZE = 5_000;

    /**
     * The largest {@link RegexSize#estimate} compiled at all: with room to spare over the real limit,
     * which it only has to keep from exhausting the memory ({@code ((a{1000}){1000}){1000}}).
     */
    private static final long MAX_ESTIMATE = 10L * MAX_PROGRAM_SIZE;

    private AnswerRegex() {
    }

    /**
     * The compiled regex of the {@code = line}; throws {@link IllegalArgumentException} with the
     * problem's message when it is invalid, uses what RE2 does not support, or is too large.
     */
    public static Pattern compile(String line, String source, boolean ignoreCase) {
        String tooLarge = "the regex in `= " + line + "` is too large once its repetitions are expanded (at most "
                + MAX_PROGRAM_SIZE + " steps): use `*` or `+` instead of large `{n,m}` counts";
        if (RegexSize.estimate(source) > MAX_ESTIMATE) {
            throw new IllegalArgumentException(tooLarge);
        }
        Pattern p;
        try {
            p = Pattern.compile(source, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(explain(line, source, e));
        } catch (StackOverflowError e) { // RE2/J recurses once per nested group
            throw new IllegalArgumentException("the regex in `= " + line + "` nests its groups too deeply");
        }
        if (p.programSize() > MAX_PROGRAM_SIZE) {
            throw new IllegalArgumentException(tooLarge);
        }
        return p;
    }

    private static String explain(String line, String source, PatternSyntaxException e) {
        String what = e.getDescription() + ": `" + e.getPattern() + "`";
        if (!javaAccepts(source)) {
            return "invalid regex in `= " + line + "`: " + what;
        }
        return "unsupported regex syntax in `= " + line + "` (" + what + "): answer regexes have no backreferences "
                + "(`\\1`), lookahead or lookbehind (`(?=`, `(?!`, `(?<=`, `(?<!`), atomic groups (`(?>`) or "
                + "possessive quantifiers (`a*+`), so that checking an answer always takes time in proportion to its length";
    }

    /** Whether Java's own regex syntax accepts it: then the author used a feature RE2 lacks, not a typo. */
    private static boolean javaAccepts(String source) {
        try {
            java.util.regex.Pattern.compile(source); // compiling only, never matching: no backtracking here
            return true;
        } catch (java.util.regex.PatternSyntaxException | StackOverflowError e) {
            return false;
        }
    }
}
