package org.agora.interchange.gift.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agora.content.Credit;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Question;
import org.agora.content.QuestionType;

/**
 * The Markdown an author wrote for one question, cut from the quiz file: the parsed model holds
 * only rendered HTML, and GIFT's {@code [markdown]} text should carry what the author typed (links,
 * emphasis, {@code [P3]} citations) rather than Agora's HTML. The parser has already accepted the
 * file, so this only has to find the pieces, not to check them. Lines are the file's (1-based).
 */
public record QuestionSource(String title, String stem, List<Item> items, String hint, int hintLine, boolean check,
        int checkLine, String explanation) {

    /** One option, matching pair or {@code =} line: its text (credit cut off), its feedback (null when none), its line. */
    public record Item(String text, String feedback, int line) {
    }

    private static final Pattern ITEM = Pattern.compile("^[-*+][ \\t]+");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[^{}]*}\\s*$");
    private static final Pattern CHOICE = Pattern.compile("^[-*+][ \\t]+(?:\\((?: |x|X|\\d{1,4})?\\)|\\[(?: |x|X)?])(?=\\s|$)");
    private static final Pattern PAIR = Pattern.compile("^[-*+][ \\t]+(?:(?:->|→)(?=\\s|$)|.*(?<!\\\\)\\s(?:->|→)(?=\\s|$))");
    private static final Pattern ANSWER = Pattern.compile("^=[ \\t]+\\S");
    private static final Pattern MARKER = Pattern.compile("^[-*+][ \\t]+(?:\\((?: |x|X|\\d{1,4})?\\)|\\[(?: |x|X)?])[ \\t]*");

    /** The source of each of {@code qs}, the questions of the file {@code lines}: each runs up to the next one's heading. */
    public static List<QuestionSource> all(List<String> lines, List<Question> qs) {
        List<QuestionSource> all = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            all.add(of(lines, qs.get(i), i + 1 < qs.size() ? qs.get(i + 1).line() - 1 : lines.size()));
        }
        return all;
    }

    /** Cuts question {@code q} out of {@code lines} (the whole file), where it runs up to line {@code end} (inclusive). */
    public static QuestionSource of(List<String> lines, Question q, int end) {
        String heading = lines.get(q.line() - 1).replaceFirst("^#{2}[ \\t]+", "");
        String title = ATTRIBUTES.matcher(heading).replaceFirst("").strip();
        int from = q.line();
        Pattern start = switch (q.type()) {
            case SHORT, NUMERIC -> ANSWER;
            case MATCH -> PAIR;
            case ESSAY -> null;
            default -> CHOICE;
        };
        int block = end;
        if (start != null) {
            for (int i = from; i < end; i++) {
                if (start.matcher(lines.get(i)).find()) {
                    block = i;
                    break;
                }
            }
        }
        List<Item> items = new ArrayList<>();
        int after = start == null ? end : items(lines, block, end, q.type(), items);
        if (items.size() != expected(q)) {
            items = fromModel(q); // a layout the cut does not know: the model's plain text still exports
        }
        Post post = post(lines, start == null ? from : after, end,
                q.type() == QuestionType.ESSAY, q.explanationHtml() != null);
        int stemEnd = start == null ? post.firstLine : block;
        String stem = join(lines.subList(from, Math.max(from, stemEnd)));
        return new QuestionSource(title, stem, items, post.hint, post.hintLine, post.checkLine > 0, post.checkLine,
                post.explanation);
    }

    /** How many items the answer block has: options, {@code =} lines, or pairs and right-hand choices without a partner. */
    private static int expected(Question q) {
        return switch (q.type()) {
            case SHORT, NUMERIC -> q.accepted().size();
            case MATCH -> q.pairs().size() + q.rights().size()
                    - (int) q.pairs().stream().mapToInt(p -> p.rightIndex()).distinct().count();
            case ESSAY -> 0;
            default -> q.options().size();
        };
    }

    private static List<Item> fromModel(Question q) {
        List<Item> items = new ArrayList<>();
        q.options().forEach(o -> items.add(new Item(o.text(),
                o.feedbackHtml() == null ? null : MarkdownRenderer.textOfRendered(o.feedbackHtml()).strip(), q.line())));
        q.accepted().forEach(a -> items.add(new Item(a.display(), null, q.line())));
        q.pairs().forEach(p -> items.add(new Item(p.leftText() + " -> " + MarkdownRenderer.textOfRendered(
                q.rights().get(p.rightIndex())).strip(), null, q.line())));
        return items;
    }

    /** Reads the answer block from line index {@code i}; returns the index after it. */
    private static int items(List<String> lines, int i, int end, QuestionType type, List<Item> items) {
        boolean answers = type == QuestionType.SHORT || type == QuestionType.NUMERIC;
        while (i < end) {
            String l = lines.get(i);
            if (answers ? ANSWER.matcher(l).find() : ITEM.matcher(l).find()) {
                String text = answers ? l.replaceFirst("^=[ \\t]+", "")
                        : type == QuestionType.MATCH ? ITEM.matcher(l).replaceFirst("") : MARKER.matcher(l).replaceFirst("");
                List<String> feedback = new ArrayList<>();
                int line = i + 1;
                i++;
                while (i < end && (lines.get(i).startsWith(" ") || lines.get(i).startsWith("\t"))) {
                    String s = lines.get(i).strip();
                    if (s.startsWith(">")) {
                        feedback.add(s.replaceFirst("^>[ \\t]?", ""));
                    } else {
                        text = text + " " + s;
                    }
                    i++;
                }
                items.add(new Item(Credit.split(text).text(), feedback.isEmpty() ? null : join(feedback), line));
            } else if (l.isBlank() && i + 1 < end && (answers ? ANSWER : ITEM).matcher(lines.get(i + 1)).find()) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private record Post(String hint, int hintLine, int checkLine, String explanation, int firstLine) {
    }

    /**
     * The blockquotes after the answer block: {@code [!TIP]}, {@code [!CHECK]} and the explanation.
     * An essay has no answer block, so only the callouts and, when the model has an explanation, the
     * last plain blockquote count; other quotes belong to its stem.
     */
    private static Post post(List<String> lines, int from, int end, boolean essay, boolean explained) {
        List<int[]> quotes = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (lines.get(i).startsWith(">")) {
                int s = i;
                while (i < end && lines.get(i).startsWith(">")) {
                    i++;
                }
                quotes.add(new int[] {s, i});
            } else if (!lines.get(i).isBlank()) {
                quotes.clear(); // text after a quote: the quote belonged to the stem
            }
        }
        String hint = null;
        int hintLine = 0;
        int checkLine = 0;
        List<String> explanation = new ArrayList<>();
        int first = end;
        for (int[] q : quotes) {
            List<String> body = new ArrayList<>();
            lines.subList(q[0], q[1]).forEach(l -> body.add(l.replaceFirst("^>[ \\t]?", "")));
            String head = body.get(0).strip();
            if (head.startsWith("[!")) {
                if (head.equalsIgnoreCase("[!TIP]")) {
                    hint = join(body.subList(1, body.size()));
                    hintLine = q[0] + 1;
                } else if (head.equalsIgnoreCase("[!CHECK]")) {
                    checkLine = q[0] + 1;
                }
            } else if (!essay) {
                explanation.add(join(body));
            } else if (explained && q == lastPlain(lines, quotes)) {
                explanation.add(join(body));
            } else {
                continue; // part of the essay's stem
            }
            first = Math.min(first, q[0]);
        }
        return new Post(hint, hintLine, checkLine, explanation.isEmpty() ? null : String.join("\n\n", explanation), first);
    }

    private static int[] lastPlain(List<String> lines, List<int[]> quotes) {
        int[] last = null;
        for (int[] q : quotes) {
            if (!lines.get(q[0]).replaceFirst("^>[ \\t]?", "").strip().startsWith("[!")) {
                last = q;
            }
        }
        return last;
    }

    /** The lines as one text, blank lines at either end dropped. */
    private static String join(List<String> lines) {
        return String.join("\n", lines).strip();
    }
}
