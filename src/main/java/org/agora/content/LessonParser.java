package org.agora.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Parses one lesson file (see {@code lesson-format.md} and the authoring guide). Reports every
 * problem of the file at its line. Stateless and thread-safe.
 */
public final class LessonParser {

    static final Set<String> KEYS = Set.of("id", "title", "order", "minutes", "objectives", "sources", "quiz", "kind", "lang");

    /** Reading speed behind the default {@code minutes}. */
    static final int WORDS_PER_MINUTE = 200;

    private static final Pattern SOURCE = Pattern.compile("[Pp](\\d{1,4})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final MarkdownRenderer md;

    public LessonParser() {
        this(MarkdownRenderer.instance());
    }

    public LessonParser(MarkdownRenderer md) {
        this.md = md;
    }

    /** Parses a lesson; without {@code order} in the front matter its order is 0 (the loader gives the file position). */
    public ParseResult<Lesson> parse(String displayPath, String text) {
        return parse(displayPath, text, 0);
    }

    /** Parses a lesson whose order, when the front matter has none, is {@code defaultOrder}. */
    public ParseResult<Lesson> parse(String displayPath, String text, int defaultOrder) {
        String path = displayPath;
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> keyLines = new HashMap<>();
        FrontMatter fm = FrontMatter.read(path, text == null ? "" : text, problems);
        int offset = fm.bodyOffset;
        fm.entries.values().forEach(e -> keyLines.put(e.key(), e.line()));
        fm.rejectUnknownKeys(KEYS, "lesson");

        String id = Ids.defaultLessonId(path);
        FrontMatter.Entry e = fm.get("id");
        if (e != null) {
            id = fm.id(e);
        } else if (!Ids.isValid(id)) {
            problems.add(new Problem(path, 1,
                    "the file name gives no usable lesson id; set `id:` in the front matter ([a-z0-9-]+)"));
            id = null;
        }
        String title = (e = fm.get("title")) != null ? fm.string(e) : null;
        int order = defaultOrder;
        if ((e = fm.get("order")) != null) {
            Integer v = fm.integer(e, 1, 1_000_000, "a positive whole number");
            order = v != null ? v : order;
        }
        Integer minutes = null;
        if ((e = fm.get("minutes")) != null) {
            minutes = fm.integer(e, 1, 100_000, "a positive whole number of minutes");
        }
        List<String> objectives = List.of();
        if ((e = fm.get("objectives")) != null) {
            List<FrontMatter.Entry> items = fm.list(e);
            if (items != null) {
                objectives = items.stream().map(FrontMatter::scalar).toList();
            }
        }
        List<String> sources = List.of();
        if ((e = fm.get("sources")) != null) {
            List<FrontMatter.Entry> items = fm.list(e);
            if (items != null) {
                Set<String> found = new LinkedHashSet<>();
                for (FrontMatter.Entry item : items) {
                    String v = FrontMatter.scalar(item);
                    Matcher m = SOURCE.matcher(v);
                    if (!m.matches()) {
                        problems.add(new Problem(path, item.line(),
                                "`sources` items name paragraphs of the essay like P3, not `" + v + "`"));
                    } else if (!MarkdownRenderer.isValidCitation(Integer.parseInt(m.group(1)))) {
                        problems.add(new Problem(path, item.line(), "`sources`: " + v
                                + " names no paragraph of the essay (P1 to P" + MarkdownRenderer.SOURCE_PARAGRAPHS + ")"));
                    } else {
                        found.add("P" + Integer.parseInt(m.group(1)));
                    }
                }
                sources = List.copyOf(found);
            }
        }
        String lang = fm.language();
        String quiz = null;
        if ((e = fm.get("quiz")) != null) {
            quiz = fm.id(e);
        }
        boolean reference = false;
        if ((e = fm.get("kind")) != null) {
            String kind = fm.string(e);
            reference = "reference".equals(kind);
            if (!reference && !"lesson".equals(kind)) {
                problems.add(new Problem(path, e.line(), "kind must be `lesson` (the default) or `reference`, not `" + kind + "`"));
            }
        }
        if (reference) {
            // A reference page (a glossary, the sources) stands beside the lessons: no place in the module, no quiz.
            for (String key : List.of("order", "minutes", "objectives", "quiz")) {
                if (fm.get(key) != null) {
                    problems.add(new Problem(path, fm.get(key).line(), "a reference page (`kind: reference`) has no `" + key
                            + "`: it stands beside the lessons, linked from each"));
                }
            }
        }

        Node doc = md.parse(fm.body);
        for (Node n : MarkdownRenderer.descendants(doc)) {
            if (n instanceof Text t) {
                Matcher m = MarkdownRenderer.CITATION.matcher(t.getLiteral());
                while (m.find()) {
                    int p = Integer.parseInt(m.group(1));
                    if (!MarkdownRenderer.isValidCitation(p)) {
                        problems.add(new Problem(path, Headings.line(t, offset, offset + 1), "citation [P" + p
                                + "] names no paragraph of the essay (P1 to P" + MarkdownRenderer.SOURCE_PARAGRAPHS + ")"));
                    }
                }
            }
        }

        Heading titleHeading = null;
        List<Heading> headings = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (titleHeading == null && h.getLevel() == 1) {
                    titleHeading = h;
                } else if (h.getLevel() >= 2) {
                    headings.add(h);
                }
            }
        }
        if (title == null) {
            title = titleHeading != null ? md.plainText(titleHeading) : null;
            if (title == null || title.isBlank()) {
                title = id;
            }
        }
        if (titleHeading != null) {
            titleHeading.unlink();
        }

        int words = 0;
        for (String w : md.plainText(doc).split("\\s+")) {
            if (WORD.matcher(w).find()) {
                words++;
            }
        }
        if (minutes == null) {
            minutes = Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
        }

        List<Section> sections = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Heading h : headings) {
            int line = Headings.line(h, offset, offset + 1);
            Headings.Split split = Headings.split(Headings.raw(h, fm.body));
            String explicit = null;
            for (Headings.Attr a : split.attrs()) {
                if (a.key().equals("#") && explicit == null) {
                    if (Ids.isValid(a.value())) {
                        explicit = a.value();
                    } else {
                        problems.add(new Problem(path, line, "section id `#" + a.value()
                                + "` must be lower-case letters, digits and hyphens ([a-z0-9-]+)"));
                    }
                } else {
                    problems.add(new Problem(path, line, "unknown heading attribute `" + a.shown()
                            + "`: lesson headings take only `{#id}`"));
                }
            }
            if (h.getLevel() > 2 && explicit == null) {
                continue; // deeper headings get an id only when they ask for one
            }
            String titleText = md.plainTextInline(split.text());
            String sid = explicit;
            if (sid == null) {
                sid = Ids.slug(titleText);
                if (sid.isEmpty()) {
                    sid = "section-" + (sections.size() + 1);
                }
            }
            Integer first = ids.putIfAbsent(sid, line);
            if (first != null) {
                problems.add(new Problem(path, line, "duplicate section id `" + sid + "` (first on line " + first
                        + "); give one of them its own `{#id}`"));
            }
            if (h.getLevel() == 2) {
                sections.add(new Section(sid, titleText));
            }
            md.anchorHeading(h, sid, split.text());
        }

        Set<String> sectionIds = new LinkedHashSet<>();
        sections.forEach(s -> sectionIds.add(s.id()));
        Lesson lesson = null;
        if (problems.isEmpty()) {
            String html = md.renderBlock(doc);
            lesson = new Lesson(id, title, order, minutes, objectives, sources, quiz, html, List.copyOf(sections), path, reference, lang);
        }
        return new ParseResult<>(lesson, problems, id, keyLines, sectionIds, List.of(), quiz);
    }
}
