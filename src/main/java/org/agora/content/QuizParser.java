package org.agora.content;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.question.EssayQuestion;
import org.agora.question.Matching;
import org.agora.question.MultipleAnswer;
import org.agora.question.NumericAnswer;
import org.agora.question.Ordering;
import org.agora.question.QuestionKind;
import org.agora.question.ShortAnswer;
import org.agora.question.SingleChoice;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Parses one quiz file (see {@code quiz-format.md} and the authoring guide). Reports every problem
 * of the file, each at the line of the offending heading, option, {@code =} line or key. Stateless
 * and thread-safe.
 */
public final class QuizParser {

    static final Set<String> KEYS = Set.of("id", "title", "lesson", "pass", "attempts", "time-limit", "pick",
            "shuffle", "review", "layout", "lang");

    static final int DEFAULT_PASS = 60;

    /** {@code = answer} at the start of a line: the equals sign, white space, then something. */
    static final Pattern ANSWER_LINE = Pattern.compile("^=[ \\t]+\\S.*$");

    private static final Pattern SINGLE = Pattern.compile("^\\((?: |x|X)?\\)(?=\\s|$)");
    private static final Pattern MULTIPLE = Pattern.compile("^\\[(?: |x|X)?\\](?=\\s|$)");
    private static final Pattern ORDER = Pattern.compile("^\\((\\d{1,4})\\)(?=\\s|$)");
    private static final Pattern DISTRACTOR = Pattern.compile("^(?:->|→)(?=\\s|$)");
    private static final Pattern PAIR = Pattern.compile("(?<!\\\\)\\s(?:->|→)(?=\\s|$)");
    private static final Pattern POINTS = Pattern.compile("\\d{1,6}(?:\\.\\d{1,2})?");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,5})\\.\\.(\\d{1,5})");
    private static final String ATTRIBUTES = "(use #id, points=, scoring=, see=, case=sensitive, level=, type=essay, words=)";
    private static final Pattern REGEX_LINE = Pattern.compile("^/(.*)/([A-Za-z]*)$");
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,4})h)?\\s*(?:(\\d{1,5})m)?\\s*(?:(\\d{1,6})s)?");

    private final MarkdownRenderer md;

    public QuizParser() {
        this(MarkdownRenderer.instance());
    }

    public QuizParser(MarkdownRenderer md) {
        this.md = md;
    }

    /** Parses a quiz; the default id is the file name of {@code displayPath} without {@code .md}. */
    public ParseResult<Quiz> parse(String displayPath, String text) {
        return parse(displayPath, text, Ids.defaultQuizId(displayPath));
    }

    /** Parses a quiz whose id, when the front matter has none, is {@code defaultId}. */
    public ParseResult<Quiz> parse(String displayPath, String text, String defaultId) {
        return new Run(displayPath, text == null ? "" : text, defaultId).run();
    }

    /** SHA-256 (lower-case hex) of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** {@code 90s}, {@code 15m}, {@code 1h}, {@code 1h30m}; null when malformed or zero. */
    static Duration parseDuration(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return null;
        }
        long seconds = 0;
        if (m.group(1) != null) {
            seconds += Long.parseLong(m.group(1)) * 3600;
        }
        if (m.group(2) != null) {
            seconds += Long.parseLong(m.group(2)) * 60;
        }
        if (m.group(3) != null) {
            seconds += Long.parseLong(m.group(3));
        }
        return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }

    private enum Kind {
        NONE, SINGLE, MULTIPLE, ORDER, PAIR, DISTRACTOR;

        String family() {
            return switch (this) {
                case SINGLE -> "`( )`/`(x)` (single choice)";
                case MULTIPLE -> "`[ ]`/`[x]` (multiple answer)";
                case ORDER -> "`(1)`, `(2)`... (ordering)";
                case PAIR, DISTRACTOR -> "`left -> right` (matching)";
                case NONE -> "no marker";
            };
        }

        boolean sameFamily(Kind o) {
            return family().equals(o.family());
        }
    }

    /**
     * One item of a list with answer markers; {@code credit} is what its {@code {credit=...}} suffix
     * says, unchecked (null without one), already cut from {@code text} or {@code right}.
     */
    private record Item(ListItem node, int line, Kind kind, boolean checked, int position, String text,
            String right, String credit) {
    }

    /** An {@code = ...} line: its file line and the text after the equals sign. */
    private record AnswerLine(int line, String text) {
    }

    /** A {@code ## } question: its heading and the top-level blocks up to the next one. */
    private static final class Segment {
        final Heading heading;
        final List<Node> blocks = new ArrayList<>();
        final List<AnswerLine> answers = new ArrayList<>();

        Segment(Heading heading) {
            this.heading = heading;
        }
    }

    private final class Run implements QuestionBlocks {
        private final String path;
        private final String text;
        private final String defaultId;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Integer> keyLines = new HashMap<>();
        private final List<ParseResult.Ref> refs = new ArrayList<>();
        private FrontMatter fm;
        private int offset;
        private String body;
        private String lesson;
        private String lang;

        Run(String path, String text, String defaultId) {
            this.path = path;
            this.text = text;
            this.defaultId = defaultId;
        }

        @Override
        public void error(int line, String message) {
            problems.add(new Problem(path, line, message));
        }

        @Override
        public MarkdownRenderer md() {
            return md;
        }

        ParseResult<Quiz> run() {
            fm = FrontMatter.read(path, text, problems);
            offset = fm.bodyOffset;
            fm.entries.values().forEach(e -> keyLines.put(e.key(), e.line()));
            fm.rejectUnknownKeys(KEYS, "quiz");

            String id = defaultId;
            FrontMatter.Entry e = fm.get("id");
            if (e != null) {
                id = fm.id(e);
            } else if (!Ids.isValid(defaultId)) {
                error(1, "the file name gives no usable quiz id; set `id:` in the front matter ([a-z0-9-]+)");
                id = null;
            }
            String title = (e = fm.get("title")) != null ? fm.string(e) : null;
            lang = fm.language();
            if ((e = fm.get("lesson")) != null) {
                lesson = fm.id(e);
                if (lesson != null) {
                    refs.add(new ParseResult.Ref(lesson, null, e.line(), "lesson"));
                }
            }
            int pass = DEFAULT_PASS;
            if ((e = fm.get("pass")) != null) {
                Integer v = fm.integer(e, 0, 100, "a whole percent from 0 to 100");
                pass = v != null ? v : pass;
            }
            int attempts = 0;
            if ((e = fm.get("attempts")) != null) {
                Integer v = fm.integer(e, 0, 1_000_000, "a whole number, 0 or more (0 = unlimited)");
                attempts = v != null ? v : attempts;
            }
            Duration timeLimit = null;
            if ((e = fm.get("time-limit")) != null) {
                String s = FrontMatter.isNull(e.value()) || !(e.value() instanceof org.yaml.snakeyaml.nodes.ScalarNode)
                        ? null : FrontMatter.scalar(e);
                timeLimit = s == null ? null : parseDuration(s);
                if (timeLimit == null) {
                    fm.problem(e, "`time-limit` must look like 90s, 15m or 1h (or 1h30m)"
                            + (s == null ? "" : ", not `" + s + "`"));
                }
            }
            Integer pick = null;
            FrontMatter.Entry pickEntry = fm.get("pick");
            if (pickEntry != null) {
                pick = fm.integer(pickEntry, 1, 1_000_000, "a positive whole number of questions");
            }
            boolean shuffle = true;
            if ((e = fm.get("shuffle")) != null) {
                Boolean v = fm.bool(e);
                shuffle = v != null ? v : shuffle;
            }
            ReviewRule review = ReviewRule.AFTER_SUBMIT;
            if ((e = fm.get("review")) != null) {
                String s = FrontMatter.keyword(e);
                ReviewRule r = ReviewRule.fromKey(s);
                if (r == null) {
                    fm.problem(e, "`review` must be after-submit, after-last-attempt, after-close or never, not `" + s + "`");
                } else {
                    review = r;
                }
            }

            boolean onePerPage = false;
            if ((e = fm.get("layout")) != null) {
                String s = FrontMatter.keyword(e);
                switch (s) {
                    case "one-per-page" -> onePerPage = true;
                    case "all-on-one-page" -> onePerPage = false;
                    default -> fm.problem(e, "`layout` must be all-on-one-page or one-per-page" + (s.isEmpty() ? "" : ", not `" + s + "`"));
                }
            }

            // The body: `= ...` lines are taken out (blanked, so that line numbers stay) before Markdown parsing.
            List<AnswerLine> answerLines = new ArrayList<>();
            body = blankAnswerLines(fm.body, answerLines);
            Node doc = md.parse(body);
            checkCitations(doc);

            Heading titleHeading = null;
            List<Node> intro = new ArrayList<>();
            List<Segment> segments = new ArrayList<>();
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h && h.getLevel() == 2) {
                    segments.add(new Segment(h));
                } else if (segments.isEmpty()) {
                    if (titleHeading == null && n instanceof Heading h && h.getLevel() == 1) {
                        titleHeading = h;
                    } else {
                        intro.add(n);
                    }
                } else {
                    segments.get(segments.size() - 1).blocks.add(n);
                }
            }
            for (AnswerLine a : answerLines) {
                Segment owner = null;
                for (Segment s : segments) {
                    if (line(s.heading) < a.line()) {
                        owner = s;
                    }
                }
                if (owner == null) {
                    error(a.line(), "an `= answer` line before the first `## ` question; answer lines belong under a question");
                } else {
                    owner.answers.add(a);
                }
            }
            if (title == null) {
                title = titleHeading != null ? md.plainText(titleHeading) : null;
                if (title == null || title.isBlank()) {
                    title = id;
                }
            }
            String introHtml = md.renderBlocks(intro);

            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                Question q = question(segments.get(i), i + 1);
                if (q != null) {
                    questions.add(q);
                }
            }
            if (segments.isEmpty()) {
                error(1, "the quiz has no questions: every question starts with a `## ` heading");
            }
            if (segments.size() > ContentLimits.MAX_QUESTIONS) {
                error(line(segments.get(ContentLimits.MAX_QUESTIONS).heading), "question " + (ContentLimits.MAX_QUESTIONS + 1)
                        + ": a quiz may have at most " + ContentLimits.MAX_QUESTIONS + " questions (this one has "
                        + segments.size() + "); split it into several quizzes");
            }
            checkDuplicateIds(questions);
            if (pick != null && !segments.isEmpty() && pick > segments.size()) {
                fm.problem(pickEntry, "`pick` is " + pick + " but the quiz has only " + segments.size()
                        + " question" + (segments.size() == 1 ? "" : "s"));
            }

            Quiz quiz = null;
            if (problems.isEmpty()) {
                quiz = new Quiz(id, title, lesson, pass, attempts, timeLimit, pick, shuffle, review, onePerPage, introHtml,
                        List.copyOf(questions), sha256(text), path, lang);
            }
            return new ParseResult<>(quiz, problems, id, keyLines, Set.of(), refs, null);
        }

        /** Collects the {@code = ...} lines outside code and HTML blocks, and blanks them. */
        private String blankAnswerLines(String source, List<AnswerLine> out) {
            String[] lines = source.split("\n", -1);
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (ANSWER_LINE.matcher(lines[i]).matches()) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                return source;
            }
            Set<Integer> code = new HashSet<>();
            for (Node n : MarkdownRenderer.descendants(md.parse(source))) {
                if ((n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock)
                        && !n.getSourceSpans().isEmpty()) {
                    int first = n.getSourceSpans().get(0).getLineIndex();
                    int last = n.getSourceSpans().get(n.getSourceSpans().size() - 1).getLineIndex();
                    for (int l = first; l <= last; l++) {
                        code.add(l);
                    }
                }
            }
            for (int i : candidates) {
                if (!code.contains(i)) {
                    out.add(new AnswerLine(i + offset + 1, lines[i].substring(1).strip()));
                    lines[i] = "";
                }
            }
            return String.join("\n", lines);
        }

        private void checkCitations(Node doc) {
            for (Node n : MarkdownRenderer.descendants(doc)) {
                if (n instanceof Text t) {
                    Matcher m = MarkdownRenderer.CITATION.matcher(t.getLiteral());
                    while (m.find()) {
                        int p = Integer.parseInt(m.group(1));
                        if (!MarkdownRenderer.isValidCitation(p)) {
                            error(line(t), "citation [P" + p + "] names no paragraph of the essay (P1 to P"
                                    + MarkdownRenderer.SOURCE_PARAGRAPHS + ")");
                        }
                    }
                }
            }
        }

        private void checkDuplicateIds(List<Question> questions) {
            Map<String, Integer> seen = new HashMap<>();
            for (Question q : questions) {
                Integer first = seen.putIfAbsent(q.id(), q.line());
                if (first != null) {
                    error(q.line(), "duplicate question id `" + q.id() + "` (first used on line " + first
                            + "); give one of them its own `{#id}`");
                }
            }
        }

        // ------------------------------------------------------------ one question

        private Question question(Segment seg, int number) {
            int errorsBefore = problems.size();
            int hl = line(seg.heading);
            Headings.Split split = Headings.split(Headings.raw(seg.heading, body));
            String titleHtml = md.renderInline(split.text());
            String titleText = md.plainTextInline(split.text());

            String id = null;
            BigDecimal points = BigDecimal.ONE;
            String scoring = null;
            String see = null;
            String caseAttr = null;
            Level level = null;
            boolean essay = false;
            Integer minWords = null;
            Integer maxWords = null;
            boolean wordsGiven = false;
            Set<String> given = new HashSet<>();
            for (Headings.Attr a : split.attrs()) {
                String key = a.key();
                if (a.value() == null && !key.equals("#")) {
                    error(hl, "unknown heading attribute `" + key + "` " + ATTRIBUTES);
                    continue;
                }
                if (!given.add(key)) {
                    error(hl, "heading attribute `" + (key.equals("#") ? "#id" : key) + "` is given twice");
                    continue;
                }
                switch (key) {
                    case "#" -> {
                        if (Ids.isValid(a.value())) {
                            id = a.value();
                        } else {
                            error(hl, "question id `#" + a.value() + "` must be lower-case letters, digits and hyphens ([a-z0-9-]+)");
                        }
                    }
                    case "points" -> {
                        if (POINTS.matcher(a.value()).matches() && new BigDecimal(a.value()).signum() > 0) {
                            points = new BigDecimal(a.value());
                        } else {
                            error(hl, "points must be a positive number with at most two decimals (like 2 or 0.5), not `"
                                    + a.value() + "`");
                        }
                    }
                    case "scoring" -> {
                        if (a.value().equals("partial") || a.value().equals("exact")) {
                            scoring = a.value();
                        } else {
                            error(hl, "scoring must be `partial` or `exact`, not `" + a.value() + "`");
                        }
                    }
                    case "see" -> see = see(a.value(), hl);
                    case "case" -> {
                        if (a.value().equals("sensitive") || a.value().equals("insensitive")) {
                            caseAttr = a.value();
                        } else {
                            error(hl, "case must be `sensitive` (or `insensitive`, the default), not `" + a.value() + "`");
                        }
                    }
                    case "level" -> {
                        level = Level.fromKey(a.value());
                        if (level == null) {
                            error(hl, "level must be recall, understand, apply, analyse or evaluate, not `" + a.value() + "`");
                        }
                    }
                    case "type" -> {
                        if (a.value().equals("essay")) {
                            essay = true;
                        } else {
                            error(hl, "type must be `essay` (every other type follows from the answer block), not `"
                                    + a.value() + "`");
                        }
                    }
                    case "words" -> {
                        wordsGiven = true;
                        Matcher m = WORDS.matcher(a.value());
                        if (m.matches() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))
                                && Integer.parseInt(m.group(2)) > 0) {
                            minWords = Integer.parseInt(m.group(1));
                            maxWords = Integer.parseInt(m.group(2));
                        } else {
                            error(hl, "words must be MIN..MAX with MIN <= MAX, like words=150..400, not `" + a.value() + "`");
                        }
                    }
                    case "credit" -> error(hl, "credit= is not a heading attribute: a credit goes at the end of a choice "
                            + "option or an `=` line, like `- ( ) Galilee {credit=50%}`; an essay has none (a grader "
                            + "gives its points)");
                    default -> error(hl, "unknown heading attribute `" + a.shown() + "` " + ATTRIBUTES);
                }
            }
            if (id == null) {
                id = Ids.slug(titleText);
                if (id.isEmpty()) {
                    id = "q" + number;
                }
            }

            // ---- the answer block
            List<BulletList> answerLists = new ArrayList<>();
            Map<BulletList, List<Item>> itemsOf = new LinkedHashMap<>();
            for (Node b : List.copyOf(seg.blocks)) {
                if (b instanceof BulletList list) {
                    splitLeadingStemItems(seg, list);
                }
            }
            for (Node b : seg.blocks) {
                if (b instanceof BulletList list) {
                    List<Item> items = classify(list);
                    if (items.stream().anyMatch(it -> it.kind() != Kind.NONE)) {
                        answerLists.add(list);
                        itemsOf.put(list, items);
                    }
                }
            }
            if (essay) {
                return EssayQuestion.fromBlocks(this, new QuestionHead(id, titleHtml, titleText, hl, points, see, level),
                        new Essay(minWords, maxWords, List.of()), seg.blocks, answerLists,
                        seg.answers.isEmpty() ? 0 : seg.answers.get(0).line(), scoring, caseAttr, errorsBefore);
            }
            if (wordsGiven) {
                error(hl, "words= applies only to essay questions (type=essay)");
            }
            if (answerLists.isEmpty() && seg.answers.isEmpty()) {
                for (Node b : seg.blocks) {
                    if (b instanceof OrderedList ol && ol.getFirstChild() != null
                            && ol.getFirstChild().getFirstChild() instanceof Paragraph p
                            && (SINGLE.matcher(Headings.source(p, body)).find()
                                    || MULTIPLE.matcher(Headings.source(p, body)).find())) {
                        error(line(b), "options must be a bullet list (`- (x) text`), not a numbered list (`1. (x) text`)");
                        return null;
                    }
                }
                error(hl, "question \"" + abbreviate(titleText) + "\" has no answer block: add options "
                        + "(`- (x) right`, `- ( ) wrong`, ...) or `= answer` lines after the question text");
                return null;
            }
            for (int i = 1; i < answerLists.size(); i++) {
                error(line(answerLists.get(i)), "a second list of options in one question; a question has one answer block");
            }
            boolean useList = !answerLists.isEmpty();
            if (useList && !seg.answers.isEmpty()) {
                int listLine = line(answerLists.get(0));
                int eqLine = seg.answers.get(0).line();
                error(Math.max(listLine, eqLine), "mixed markers: a list of options and `= answer` lines in one "
                        + "question; use one kind of answer block");
            }
            int start = useList ? line(answerLists.get(0)) : seg.answers.get(0).line();

            List<Node> stem = new ArrayList<>();
            List<Node> after = new ArrayList<>();
            for (Node b : seg.blocks) {
                if (useList && b == answerLists.get(0)) {
                    continue;
                }
                if (b instanceof BlockQuote q && Rubrics.isRubric(q, body)) {
                    error(line(b), "a `> [!RUBRIC]` block belongs to an essay question (type=essay); this "
                            + "question is marked by its answer block");
                } else if (line(b) < start && b instanceof BlockQuote q && ShortAnswerChecks.isCheck(q, body)) {
                    error(line(b), "a `> [!CHECK]` block belongs after the `= ` lines (above them it would be shown)");
                } else if (line(b) < start) {
                    stem.add(b);
                } else if (!(b instanceof BulletList bl && answerLists.contains(bl))) {
                    after.add(b);
                }
            }

            AnswerBlock block = useList ? buildFromList(answerLists.get(0), itemsOf.get(answerLists.get(0)))
                    : buildFromAnswerLines(seg.answers);
            QuestionType type = block == null ? null : block.type();
            QuestionKind kind = type == null ? null : QuestionKind.of(type);
            List<Option> options = block == null ? List.of() : block.options();
            List<MatchPair> pairs = block == null ? List.of() : block.pairs();
            List<String> rights = block == null ? List.of() : block.rights();
            List<Accepted> accepted = block == null ? List.of() : block.accepted();

            // ---- hint and explanation after the block
            List<String> hints = new ArrayList<>();
            List<String> explanations = new ArrayList<>();
            List<ShortAnswerChecks.Form> checks = new ArrayList<>();
            int checkLine = 0;
            for (Node b : after) {
                if (b instanceof BlockQuote q && ShortAnswerChecks.isCheck(q, body)) {
                    checkLine = checkLine == 0 ? line(b) : checkLine;
                    checks.addAll(ShortAnswerChecks.read(q, body, offset, this::error)); // never rendered
                } else if (!trailing(b, hints, explanations)) {
                    error(line(b), "unexpected " + describe(b) + " after the answer block: only a `> [!TIP]` hint "
                            + "and a `> ` explanation may follow the answers; move it above them, into the question text");
                }
            }

            // ---- attributes that depend on the type
            if (checkLine > 0 && kind != null && !kind.takesCase()) {
                error(checkLine, "a `> [!CHECK]` block applies only to short-answer questions, not to a "
                        + kind.described() + " question");
            } else if (kind != null && kind.takesCase()) {
                ShortAnswerChecks.verify(checks, accepted, "sensitive".equals(caseAttr), this::error);
            }
            if (kind != null) {
                if (scoring != null && !kind.takesScoring()) {
                    error(hl, "scoring=" + scoring + " applies only to multiple-answer, ordering and matching "
                            + "questions, not to a " + kind.described() + " question");
                }
                if ("exact".equals(scoring) && type == QuestionType.MULTIPLE
                        && options.stream().anyMatch(o -> o.credit() != null)) {
                    error(hl, "scoring=exact gives all or nothing, so the options' credits would mean nothing; "
                            + "remove scoring=exact or the credits");
                }
                if ("sensitive".equals(caseAttr) && !kind.takesCase()) {
                    error(hl, "case=sensitive applies only to short-answer questions, not to a " + kind.described()
                            + " question");
                }
            }
            if (problems.size() > errorsBefore || type == null) {
                return type == null ? null : new Question(id, type, titleHtml, titleText, "", points, false, see,
                        false, options, pairs, rights, accepted, null, null, hl, level, null);
            }
            return new Question(id, type, titleHtml, titleText, md.renderBlocks(stem), points,
                    "exact".equals(scoring), see, "sensitive".equals(caseAttr), options, pairs, rights, accepted,
                    hints.isEmpty() ? null : String.join("\n", hints),
                    explanations.isEmpty() ? null : String.join("\n", explanations), hl, level, null);
        }

        /**
         * A block that may follow a question's answers (or an essay's rubric): a {@code > [!TIP]}
         * hint, a {@code > } explanation (marking notes), or what renders as nothing; false for anything else.
         */
        @Override
        public boolean trailing(Node b, List<String> hints, List<String> explanations) {
            if (b instanceof BlockQuote q) {
                String kind = MarkdownRenderer.alertKind(q);
                if ("tip".equals(kind)) {
                    MarkdownRenderer.stripAlertMarker(q);
                    hints.add(md.renderChildren(q));
                } else {
                    explanations.add(kind != null ? md.renderBlock(q) : md.renderChildren(q));
                }
                return true;
            }
            return b instanceof ThematicBreak || b instanceof LinkReferenceDefinition
                    || (b instanceof HtmlBlock h && h.getLiteral().strip().startsWith("<!--"));
        }

        @Override
        public int line(Node n) {
            return Headings.line(n, offset, offset + 1);
        }

        @Override
        public boolean isRubric(BlockQuote q) {
            return Rubrics.isRubric(q, body);
        }

        @Override
        public List<Essay.Criterion> rubric(BlockQuote q) {
            return Rubrics.read(q, body, offset, md, this::error);
        }

        @Override
        public boolean isCheck(BlockQuote q) {
            return ShortAnswerChecks.isCheck(q, body);
        }

        @Override
        public int errors() {
            return problems.size();
        }

        private String see(String value, int hl) {
            String target = value;
            if (target.startsWith("#")) {
                if (lesson == null) {
                    error(hl, "see=" + value + " names a section but the quiz has no `lesson:`; write see=lesson-id"
                            + value);
                    return null;
                }
                target = lesson + target;
            }
            int hash = target.indexOf('#');
            String l = hash < 0 ? target : target.substring(0, hash);
            String s = hash < 0 ? null : target.substring(hash + 1);
            if (!Ids.isValid(l) || (s != null && !Ids.isValid(s))) {
                error(hl, "see= must be `lesson-id` or `lesson-id#section-id`, not `" + value + "`");
                return null;
            }
            refs.add(new ParseResult.Ref(l, s, hl, "see"));
            return target;
        }

        // ------------------------------------------------------------ lists of options

        /**
         * Markdown joins "- a stem item", a blank line and "- (x) an option" into one list. When
         * unmarked items come first and a blank line separates them from the marked ones, the
         * unmarked items are split off into a list of their own, which belongs to the stem.
         */
        private void splitLeadingStemItems(Segment seg, BulletList list) {
            List<Item> items = classify(list);
            int firstMarked = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).kind() != Kind.NONE) {
                    firstMarked = i;
                    break;
                }
            }
            if (firstMarked <= 0) {
                return;
            }
            for (int i = firstMarked; i < items.size(); i++) {
                if (items.get(i).kind() == Kind.NONE) {
                    return;
                }
            }
            Item lastPlain = items.get(firstMarked - 1);
            int lastPlainEnd = Headings.lastLine(lastPlain.node(), offset, lastPlain.line());
            if (items.get(firstMarked).line() - lastPlainEnd < 2) {
                return;
            }
            BulletList stemList = new BulletList();
            stemList.setMarker(list.getMarker());
            stemList.setTight(true);
            stemList.setSourceSpans(lastPlain.node().getSourceSpans().isEmpty() ? List.of()
                    : List.of(items.get(0).node().getSourceSpans().get(0)));
            for (int i = 0; i < firstMarked; i++) {
                stemList.appendChild(items.get(i).node());
            }
            list.insertBefore(stemList);
            list.setSourceSpans(items.get(firstMarked).node().getSourceSpans());
            seg.blocks.add(seg.blocks.indexOf(list), stemList);
        }

        private List<Item> classify(BulletList list) {
            List<Item> items = new ArrayList<>();
            for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
                ListItem li = (ListItem) n;
                int l = line(li);
                if (!(li.getFirstChild() instanceof Paragraph p)) {
                    items.add(new Item(li, l, Kind.NONE, false, 0, "", null, null));
                    continue;
                }
                String source = Headings.source(p, body);
                Credit.Split split = Credit.split(source);
                String raw = split.text();
                String credit = split.raw();
                Matcher m;
                if ((m = SINGLE.matcher(raw)).find()) {
                    items.add(new Item(li, l, Kind.SINGLE, m.group().toLowerCase(Locale.ROOT).contains("x"), 0,
                            raw.substring(m.end()).strip(), null, credit));
                } else if ((m = MULTIPLE.matcher(raw)).find()) {
                    items.add(new Item(li, l, Kind.MULTIPLE, m.group().toLowerCase(Locale.ROOT).contains("x"), 0,
                            raw.substring(m.end()).strip(), null, credit));
                } else if ((m = ORDER.matcher(raw)).find()) {
                    items.add(new Item(li, l, Kind.ORDER, false, Integer.parseInt(m.group(1)),
                            raw.substring(m.end()).strip(), null, credit));
                } else if ((m = DISTRACTOR.matcher(raw)).find()) {
                    items.add(new Item(li, l, Kind.DISTRACTOR, false, 0, "", raw.substring(m.end()).strip(), credit));
                } else if ((m = PAIR.matcher(raw)).find()) {
                    items.add(new Item(li, l, Kind.PAIR, false, 0, raw.substring(0, m.start()).strip(),
                            raw.substring(m.end()).strip(), credit));
                } else {
                    // not an answer item (stem text, or an error reported as such): shown as written
                    items.add(new Item(li, l, Kind.NONE, false, 0, source, null, null));
                }
            }
            return items;
        }

        /** Reads a list of options, ordering items or pairs: the markers' checks are shared, the rest is the type's. */
        private AnswerBlock buildFromList(BulletList list, List<Item> items) {
            int listLine = line(list);
            int before = problems.size();
            tooMany(items.size(), ContentLimits.MAX_ITEMS, "items in one answer list (options, ordering items or "
                    + "matching items)", i -> items.get(i).line());
            Kind first = items.stream().map(Item::kind).filter(k -> k != Kind.NONE).findFirst().orElseThrow();
            for (Item it : items) {
                if (it.kind() == Kind.NONE) {
                    error(it.line(), "list item without an answer marker; every item of the answer block needs one "
                            + "(`( )`, `[ ]`, `(1)` or `left -> right`)");
                } else if (!it.kind().sameFamily(first)) {
                    error(it.line(), "mixed markers in one answer block: " + it.kind().family() + " after "
                            + first.family());
                }
            }
            if (problems.size() > before) {
                return null;
            }
            boolean matching = first == Kind.PAIR || first == Kind.DISTRACTOR;
            List<AnswerItem> read = new ArrayList<>();
            for (Item it : items) {
                read.add(new AnswerItem(it.line(), it.checked(), it.position(), it.text(), it.right(),
                        it.kind() == Kind.DISTRACTOR, feedback(it, matching), it.credit()));
                misplacedCredit(it.line(), it.text() + " " + (it.right() == null ? "" : it.right()));
            }
            return switch (first) {
                case SINGLE -> SingleChoice.fromList(read, listLine, this);
                case MULTIPLE -> MultipleAnswer.fromList(read, listLine, this);
                case ORDER -> Ordering.fromList(read, listLine, this);
                case PAIR, DISTRACTOR -> Matching.fromList(read, listLine, this);
                case NONE -> throw new IllegalStateException("a list without markers is no answer block");
            };
        }

        /** Feedback: an indented blockquote under an option or ordering item, nothing else; a matching pair has none. */
        private String feedback(Item it, boolean matching) {
            List<String> parts = new ArrayList<>();
            for (Node c = it.node().getFirstChild().getNext(); c != null; c = c.getNext()) {
                if (c instanceof BlockQuote q && !matching) {
                    String kind = MarkdownRenderer.alertKind(q);
                    parts.add(kind == null ? md.renderChildren(q) : md.renderBlock(q));
                } else if (c instanceof BlockQuote) {
                    error(line(c), "feedback under a matching pair is not supported; put it in the explanation");
                } else {
                    error(line(c), "unexpected " + describe(c) + " under an option: only an indented `> feedback` "
                            + "blockquote may follow the option's text");
                }
            }
            return parts.isEmpty() ? null : String.join("\n", parts);
        }

        /** A credit must end its line: anywhere else it would be shown to learners and never count. */
        private void misplacedCredit(int line, String text) {
            if (Credit.misplaced(text)) {
                error(line, "`{credit=...}` must end the option or `=` line (after all of its text), or it is shown "
                        + "as text and never counts");
            }
        }

        @Override
        public Credit credit(int line, String raw) {
            if (raw == null) {
                return null;
            }
            try {
                return Credit.parse(raw);
            } catch (IllegalArgumentException e) {
                error(line, e.getMessage());
                return null;
            }
        }

        // ------------------------------------------------------------ `= ...` lines

        /** Reads {@code = ...} lines: credits are shared, the rest is the numeric or short-answer type's. */
        private AnswerBlock buildFromAnswerLines(List<AnswerLine> lines) {
            tooMany(lines.size(), ContentLimits.MAX_ACCEPTED, "`=` lines in one question", i -> lines.get(i).line());
            List<AcceptedLine> read = new ArrayList<>();
            List<CreditRules.Line> written = new ArrayList<>();
            for (AnswerLine line : lines) {
                Credit.Split split = Credit.split(line.text());
                misplacedCredit(line.line(), split.text());
                Credit credit = credit(line.line(), split.raw());
                written.add(new CreditRules.Line(line.line(), credit, split.hasCredit()));
                read.add(new AcceptedLine(line.line(), split.text(), credit));
            }
            AnswerBlock block = NumericAnswer.claims(lines.get(0).text()) ? NumericAnswer.fromLines(read, this)
                    : ShortAnswer.fromLines(read, this);
            CreditRules.acceptedLines(written, this::error);
            return block;
        }
    }

    public static String describe(Node b) {
        if (b instanceof Paragraph) {
            return "text";
        } else if (b instanceof BulletList || b instanceof OrderedList) {
            return "list";
        } else if (b instanceof FencedCodeBlock || b instanceof IndentedCodeBlock) {
            return "code block";
        } else if (b instanceof Heading) {
            return "heading";
        } else if (b instanceof HtmlBlock) {
            return "HTML";
        } else if (b instanceof BlockQuote) {
            return "blockquote";
        } else if (b.getClass().getSimpleName().startsWith("Table")) {
            return "table";
        }
        return "content";
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
