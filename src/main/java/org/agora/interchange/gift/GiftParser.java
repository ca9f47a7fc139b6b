package org.agora.interchange.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.interchange.gift.GiftQuestion.Kind;

/**
 * Reads a GIFT file the way Moodle's {@code qformat_gift} does (question/format/gift/format.php):
 * questions separated by blank lines, {@code //} comment lines, {@code $CATEGORY:}, {@code ::name::},
 * {@code [format]} prefixes, escapes, and the answer block between the first {@code {} and the
 * first {@code }}, whose content decides the type in Moodle's order. Where Moodle fails an
 * import, this reports an error at the question's line; stateless.
 */
public final class GiftParser {

    /** What a file holds: its questions (categories already applied) and its problems. */
    public record Result(List<GiftQuestion> questions, List<ImportProblem> problems) {
    }

    /** Moodle's {@code $giftanswerweightregex}. */
    private static final Pattern WEIGHT = Pattern.compile("^%(-*)([0-9]{1,2}\\.?[0-9]*)%");
    /** {@code [id:...]} and {@code [tag:...]} in the comments, {@code \]} escaping a bracket (Moodle 3.6+). */
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>`\\p{Cntrl}])*)]");
    private static final Pattern FORMAT_LIKE = Pattern.compile("^\\[([a-z]+)]");
    private static final Pattern PHP_NUMERIC = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Set<String> FORMATS = Set.of(GiftText.MOODLE, GiftText.HTML, GiftText.PLAIN, GiftText.MARKDOWN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Result parse(String source) {
        Run run = new Run();
        String[] lines = source.split("\r\n|\r|\n", -1);
        List<int[]> block = new ArrayList<>(); // {line number} of each line of the block
        List<String> texts = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String t = i < lines.length ? trim(lines[i]) : "";
            if (t.isEmpty()) {
                if (!texts.isEmpty()) {
                    run.question(block.get(0)[0], texts);
                }
                block.clear();
                texts.clear();
            } else {
                block.add(new int[] {i + 1});
                texts.add(t);
            }
        }
        run.problems.sort(ImportProblem.ORDER);
        return new Result(List.copyOf(run.questions), List.copyOf(run.problems));
    }

    /** PHP's {@code trim}: ASCII white space and NUL only, as Moodle trims. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && " \t\n\r\0\u000B".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && " \t\n\r\0\u000B".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static int leading(String s) {
        return s.length() - trim(s + "x").length() + 1;
    }

    /** A piece of the answer block and where it starts in the block's text. */
    private record Piece(int at, String text) {
    }

    private static final class Run {
        final List<GiftQuestion> questions = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        String category;
        // the block being read: its text with placeholders, and the file line it starts on
        String all;
        int firstLine;
        int questionLine;

        int lineAt(int pos) {
            int n = firstLine;
            for (int i = 0; i < pos && i < all.length(); i++) {
                if (all.charAt(i) == '\n') {
                    n++;
                }
            }
            return n;
        }

        void warn(int line, String message) {
            problems.add(ImportProblem.warning(line, message));
        }

        void error(String message) {
            problems.add(ImportProblem.error(questionLine, message));
        }

        void question(int startLine, List<String> lines) {
            StringBuilder comments = new StringBuilder();
            List<String> parts = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("//")) {
                    comments.append(line).append('\n');
                    parts.add(" ");
                } else {
                    parts.add(line);
                }
            }
            all = GiftEscapes.pre(String.join("\n", parts));
            firstLine = startLine;
            int shift = leading(all);
            String text = trim(all);
            if (text.isEmpty()) {
                return; // comments only
            }
            questionLine = lineAt(shift);
            if (text.startsWith("$CATEGORY:")) {
                category = trim(GiftEscapes.post(text.substring(10)));
                return;
            }
            String name = null;
            if (text.startsWith("::")) {
                String rest = text.substring(2);
                int end = rest.indexOf("::");
                shift += 2;
                if (end < 0) {
                    text = rest;
                } else {
                    name = trim(GiftEscapes.post(rest.substring(0, end)).replaceAll("<[^>]*>", ""));
                    String after = rest.substring(end + 2);
                    shift += end + 2 + leading(after);
                    text = trim(after);
                }
            }
            int open = text.indexOf('{');
            int close = text.indexOf('}');
            boolean description = open < 0 && close < 0;
            if (!description && (open < 0 || close < 0)) {
                error("no matching " + (open < 0 ? "`{`" : "`}`") + " around the answers; a literal brace is written \\{ or \\}");
                return;
            }
            if (!description && close < open) {
                error("`}` comes before `{`; a literal brace is written \\{ or \\}");
                return;
            }
            String answerText = "";
            int answerAt = 0;
            String questionText = text;
            boolean missingWord = false;
            if (!description) {
                String raw = text.substring(open + 1, close);
                answerAt = shift + open + 1 + leading(raw);
                answerText = trim(raw);
                missingWord = !text.endsWith("}");
                questionText = text.substring(0, open) + (missingWord ? String.valueOf(GiftQuestion.BLANK) : "")
                        + text.substring(close + 1);
            }
            String general = "";
            int gf = answerText.lastIndexOf("####");
            if (gf >= 0) {
                general = answerText.substring(gf + 4);
                answerText = trim(answerText.substring(0, gf));
            }
            GiftText qtext = withFormat(questionText, GiftText.MOODLE, questionLine);
            GiftText generalFeedback = withFormat(general, qtext.format(), questionLine);
            String format = qtext.format();

            Kind kind;
            if (description) {
                kind = Kind.DESCRIPTION;
            } else if (answerText.isEmpty()) {
                kind = Kind.ESSAY;
            } else if (answerText.charAt(0) == '#') {
                kind = Kind.NUMERICAL;
            } else if (answerText.contains("~")) {
                kind = Kind.MULTICHOICE;
            } else if (answerText.contains("=") && answerText.contains("->")) {
                kind = Kind.MATCH;
            } else {
                String check = answerText.indexOf('#') > 0 ? trim(answerText.substring(0, answerText.indexOf('#'))) : answerText;
                kind = Set.of("T", "TRUE", "F", "FALSE").contains(check) ? Kind.TRUEFALSE : Kind.SHORTANSWER;
            }

            String id = null;
            List<String> tags = new ArrayList<>();
            Matcher m = ID.matcher(comments);
            if (m.find()) {
                id = trim(m.group(1)).replace("\\]", "]");
            }
            m = TAG.matcher(comments);
            while (m.find()) {
                tags.add(trim(m.group(1)).replace("\\]", "]"));
            }

            List<GiftAnswer> answers = new ArrayList<>();
            boolean single = false;
            boolean trueAnswer = false;
            GiftText right = null;
            GiftText wrong = null;
            switch (kind) {
                case DESCRIPTION, ESSAY -> {
                }
                case MULTICHOICE -> {
                    single = answerText.contains("=");
                    List<Piece> pieces = split(answerText, answerAt, "~=", true);
                    if (pieces.size() < 2) {
                        error("a multiple-choice question needs at least two answers");
                        return;
                    }
                    for (Piece p : pieces) {
                        String a = p.text();
                        BigDecimal weight = BigDecimal.ZERO;
                        if (a.startsWith("=")) {
                            weight = HUNDRED;
                            a = a.substring(1);
                        } else if ((m = WEIGHT.matcher(a)).find()) {
                            weight = weight(m);
                            a = a.substring(m.end());
                        } else if (a.startsWith("%")) {
                            notAWeight(p);
                        }
                        answers.add(commented(p, a, weight, format));
                    }
                }
                case MATCH -> {
                    List<Piece> pieces = split(answerText, answerAt, "=", false);
                    if (pieces.size() < 2) {
                        error("a matching question needs at least two `=left -> right` pairs");
                        return;
                    }
                    for (Piece p : pieces) {
                        int arrow = p.text().indexOf("->");
                        if (arrow < 0) {
                            problems.add(ImportProblem.error(lineAt(p.at()), "a matching answer needs `->` between the item and its match"));
                            return;
                        }
                        GiftText left = withFormat(p.text().substring(0, arrow), format, lineAt(p.at()));
                        String r = trim(GiftEscapes.post(p.text().substring(arrow + 2)));
                        answers.add(new GiftAnswer(lineAt(p.at()), left, BigDecimal.ZERO, null, r, null));
                    }
                }
                case TRUEFALSE -> {
                    String[] bits = answerText.split("#", 3);
                    String answer = withFormat(bits[0], format, questionLine).text();
                    trueAnswer = answer.equals("T") || answer.equals("TRUE");
                    wrong = withFormat(bits.length > 1 ? bits[1] : "", format, questionLine);
                    right = withFormat(bits.length > 2 ? bits[2] : "", format, questionLine);
                }
                case SHORTANSWER -> {
                    for (Piece p : split(answerText, answerAt, "=", false)) {
                        String a = p.text();
                        BigDecimal weight = HUNDRED;
                        if ((m = WEIGHT.matcher(a)).find()) {
                            weight = weight(m);
                            a = a.substring(m.end());
                        } else if (a.startsWith("%")) {
                            notAWeight(p);
                        }
                        answers.add(commented(p, a, weight, format));
                    }
                }
                case NUMERICAL -> {
                    String body = answerText.substring(1);
                    int at = answerAt + 1;
                    int tilde = body.indexOf('~');
                    if (tilde >= 0) {
                        String[] bits = body.substring(tilde).split("#", 2);
                        wrong = withFormat(bits.length > 1 ? bits[1] : "", format, lineAt(at + tilde));
                        body = body.substring(0, tilde);
                    }
                    List<Piece> pieces = split(body, at, "=", false);
                    if (pieces.isEmpty()) {
                        error("a numerical question needs at least one answer after `#`");
                        return;
                    }
                    for (Piece p : pieces) {
                        String a = p.text();
                        BigDecimal weight = HUNDRED;
                        if ((m = WEIGHT.matcher(a)).find()) {
                            weight = weight(m);
                            a = a.substring(m.end());
                        }
                        GiftAnswer plain = commented(p, a, weight, format);
                        GiftAnswer.Number n = number(plain.text().text(), plain.line());
                        if (n == null) {
                            return;
                        }
                        answers.add(new GiftAnswer(plain.line(), plain.text(), weight, plain.feedback(), null, n));
                    }
                }
                default -> throw new IllegalStateException();
            }
            questions.add(new GiftQuestion(questionLine, category, name, id, List.copyOf(tags), kind, single, qtext,
                    missingWord, generalFeedback, List.copyOf(answers), trueAnswer, right, wrong));
        }

        private void notAWeight(Piece p) {
            warn(lineAt(p.at()), "`" + abbreviate(GiftEscapes.post(p.text())) + "` starts with `%` but is not a weight "
                    + "Moodle reads (`%50%`, `%-25%`, `%33.3%`): taken as the answer's text, as Moodle does");
        }

        /** Moodle's {@code commentparser}: the answer, and its feedback after the first {@code #}. */
        private GiftAnswer commented(Piece p, String answer, BigDecimal weight, String format) {
            int line = lineAt(p.at());
            int hash = answer.indexOf('#');
            GiftText text = withFormat(hash < 0 ? answer : answer.substring(0, hash), format, line);
            GiftText feedback = withFormat(hash < 0 ? "" : answer.substring(hash + 1), format, line);
            return new GiftAnswer(line, text, weight, feedback, null, null);
        }

        /** Moodle's numbers: {@code min..max}, {@code answer:tolerance} or {@code answer}; null (an error) otherwise. */
        private GiftAnswer.Number number(String s, int line) {
            int dots = s.indexOf("..");
            int colon = s.indexOf(':');
            try {
                if (dots > 0) {
                    BigDecimal low = decimal(trim(s.substring(0, dots)));
                    BigDecimal high = decimal(trim(s.substring(dots + 2)));
                    if (low.compareTo(high) > 0) {
                        problems.add(ImportProblem.error(line, "the range `" + s + "` has its low end after its high end"));
                        return null;
                    }
                    return new GiftAnswer.Number(null, null, low, high, false);
                }
                String value = colon > 0 ? trim(s.substring(0, colon)) : trim(s);
                BigDecimal tolerance = colon > 0 ? decimal(trim(s.substring(colon + 1))) : BigDecimal.ZERO;
                if (value.equals("*")) {
                    return new GiftAnswer.Number(null, null, null, null, true);
                }
                return new GiftAnswer.Number(decimal(value), tolerance.abs(), null, null, false);
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.error(line, "`" + s + "` is not a number, a number:tolerance or a min..max range"));
                return null;
            }
        }

        private static BigDecimal decimal(String s) {
            if (!PHP_NUMERIC.matcher(s).matches()) {
                throw new NumberFormatException(s);
            }
            return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        }

        /** Moodle's {@code parse_text_with_format}: a leading {@code [html]} (or moodle, plain, markdown) sets the format. */
        GiftText withFormat(String raw, String fallback, int line) {
            String text = trim(raw);
            String format = fallback;
            Matcher m = FORMAT_LIKE.matcher(text);
            if (m.find()) {
                if (FORMATS.contains(m.group(1))) {
                    format = m.group(1);
                    text = text.substring(m.end());
                } else {
                    warn(line, "unknown text format `[" + m.group(1) + "]`: kept as text, as Moodle does "
                            + "(formats are [moodle], [html], [plain] and [markdown])");
                }
            }
            return new GiftText(trim(GiftEscapes.post(text)), format);
        }

        /**
         * Splits an answer block at each of {@code delimiters}; with {@code keepEquals}, a piece that
         * starts at {@code =} keeps it (Moodle turns {@code =} into {@code ~=}). A blank first piece
         * is dropped, as Moodle drops it; every piece is trimmed.
         */
        private List<Piece> split(String s, int at, String delimiters, boolean keepEquals) {
            List<Piece> pieces = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || delimiters.indexOf(s.charAt(i)) >= 0) {
                    String piece = s.substring(start, i);
                    pieces.add(new Piece(at + start + leading(piece), trim(piece)));
                    start = keepEquals && i < s.length() && s.charAt(i) == '=' ? i : i + 1;
                }
            }
            if (!pieces.isEmpty() && pieces.get(0).text().isEmpty()) {
                pieces.remove(0);
            }
            return pieces;
        }

        private static BigDecimal weight(Matcher m) {
            BigDecimal w = new BigDecimal(m.group(2));
            return m.group(1).isEmpty() ? w : w.negate();
        }
    }

    static String abbreviate(String s) {
        String t = s.strip().replace('\n', ' ');
        return t.length() <= 50 ? t : t.substring(0, 47) + "...";
    }
}
