package org.agora.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the lesson and quiz folders into one {@link ContentSet}: parses every {@code *.md} file,
 * runs the cross-file checks, and keeps every valid file while a file with errors contributes
 * problems only. Never throws for bad content or a missing folder.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /** Loads both folders; display paths are relative to the working directory when under it. */
    public static ContentSet load(Path lessonsDir, Path quizzesDir) {
        return load(lessonsDir, quizzesDir, Path.of("").toAbsolutePath());
    }

    /** Loads both folders; display paths are relative to {@code baseDir} when under it, else absolute. */
    public static ContentSet load(Path lessonsDir, Path quizzesDir, Path baseDir) {
        return new Load(baseDir.toAbsolutePath().normalize()).run(lessonsDir, quizzesDir);
    }

    /** One {@code *.md} file of a folder. */
    private record Source(Path file, String display, String name) {
    }

    private record Parsed<T>(Source source, ParseResult<T> result, List<Problem> extra) {
        boolean ok() {
            return result != null && result.ok() && extra.isEmpty();
        }

        void problem(int line, String message) {
            extra.add(new Problem(source.display(), line, message));
        }
    }

    private static final class Load {
        private final Path base;
        private final List<Problem> problems = new ArrayList<>();
        private final LessonParser lessonParser = new LessonParser();
        private final QuizParser quizParser = new QuizParser();

        Load(Path base) {
            this.base = base;
        }

        ContentSet run(Path lessonsDir, Path quizzesDir) {
            List<Parsed<Lesson>> lessons = new ArrayList<>();
            List<Source> lessonFiles = list(lessonsDir, "lessons");
            for (int i = 0; i < lessonFiles.size(); i++) {
                Source s = lessonFiles.get(i);
                String text = read(s);
                int position = i + 1;
                lessons.add(new Parsed<>(s, text == null ? null
                        : safely(s, () -> lessonParser.parse(s.display(), text, position)), new ArrayList<>()));
            }
            List<Parsed<Quiz>> quizzes = new ArrayList<>();
            for (Source s : list(quizzesDir, "quizzes")) {
                String text = read(s);
                quizzes.add(new Parsed<>(s, text == null ? null : safely(s, () -> quizParser.parse(s.display(), text)),
                        new ArrayList<>()));
            }

            // ---- ids unique across files (the first file in name order keeps its id)
            Map<String, Parsed<Lesson>> lessonById = new LinkedHashMap<>();
            for (Parsed<Lesson> p : lessons) {
                if (p.result() == null || p.result().id == null) {
                    continue;
                }
                Parsed<Lesson> first = lessonById.putIfAbsent(p.result().id, p);
                if (first != null) {
                    p.problem(p.result().keyLine("id"), "duplicate lesson id `" + p.result().id + "`: "
                            + first.source().display() + " already uses it");
                }
            }
            Map<String, Parsed<Quiz>> quizById = new LinkedHashMap<>();
            for (Parsed<Quiz> p : quizzes) {
                if (p.result() == null || p.result().id == null) {
                    continue;
                }
                Parsed<Quiz> first = quizById.putIfAbsent(p.result().id, p);
                if (first != null) {
                    p.problem(p.result().keyLine("id"), "duplicate quiz id `" + p.result().id + "`: "
                            + first.source().display() + " already uses it");
                }
            }

            // ---- references (checked against every file that declares the id, valid or not,
            //      so that one broken lesson does not also withdraw the quiz that points to it)
            for (Parsed<Quiz> p : quizzes) {
                if (p.result() == null) {
                    continue;
                }
                for (ParseResult.Ref ref : p.result().refs) {
                    Parsed<Lesson> target = lessonById.get(ref.lesson());
                    String shown = ref.section() == null ? ref.lesson() : ref.lesson() + "#" + ref.section();
                    if (target == null) {
                        p.problem(ref.line(), (ref.what().equals("lesson") ? "`lesson: " + ref.lesson() + "`"
                                : "see=" + shown) + " names a lesson that does not exist" + known(lessonById.keySet()));
                    } else if (ref.section() != null && !target.result().sectionIds.contains(ref.section())) {
                        p.problem(ref.line(), "see=" + shown + ": lesson `" + ref.lesson() + "` has no section `"
                                + ref.section() + "`" + known(target.result().sectionIds));
                    }
                }
            }
            for (Parsed<Lesson> p : lessons) {
                if (p.result() != null && p.result().quizRef != null && !quizById.containsKey(p.result().quizRef)) {
                    p.problem(p.result().keyLine("quiz"), "`quiz: " + p.result().quizRef
                            + "` names a quiz that does not exist" + known(quizById.keySet()));
                }
            }

            // ---- keep the valid files
            for (Parsed<?> p : lessons) {
                collect(p);
            }
            for (Parsed<?> p : quizzes) {
                collect(p);
            }
            List<Parsed<Lesson>> goodLessons = lessons.stream().filter(Parsed::ok).toList();
            Map<String, Quiz> goodQuizzes = new LinkedHashMap<>();
            Map<String, String> quizFile = new HashMap<>();
            for (Parsed<Quiz> p : quizzes) {
                if (p.ok()) {
                    goodQuizzes.put(p.result().value().id(), p.result().value());
                    quizFile.put(p.result().value().id(), p.source().name());
                }
            }

            // A quiz without `lesson:` belongs to the lesson that names it with `quiz:` (when exactly one does).
            Map<String, List<String>> namedBy = new HashMap<>();
            for (Parsed<Lesson> p : goodLessons) {
                Lesson l = p.result().value();
                if (l.quiz() != null) {
                    namedBy.computeIfAbsent(l.quiz(), k -> new ArrayList<>()).add(l.id());
                }
            }
            for (Map.Entry<String, Quiz> e : goodQuizzes.entrySet()) {
                Quiz q = e.getValue();
                List<String> by = namedBy.get(q.id());
                if (q.lesson() == null && by != null && by.size() == 1) {
                    e.setValue(new Quiz(q.id(), q.title(), by.get(0), q.pass(), q.attempts(), q.timeLimit(), q.pick(),
                            q.shuffle(), q.review(), q.introHtml(), q.questions(), q.contentHash(), q.path(), q.lang()));
                }
            }

            // Lesson.quiz: the front matter's quiz when it is offered, else the first quiz whose `lesson` is this lesson.
            List<Parsed<Lesson>> sorted = new ArrayList<>(goodLessons);
            sorted.sort(Comparator.comparingInt((Parsed<Lesson> p) -> p.result().value().order())
                    .thenComparing(p -> p.source().name()));
            List<Lesson> outLessons = new ArrayList<>();
            List<Lesson> outReferences = new ArrayList<>();
            for (Parsed<Lesson> p : sorted) {
                Lesson l = p.result().value();
                if (l.reference()) {
                    outReferences.add(l);
                    continue;
                }
                String quiz;
                if (l.quiz() != null) {
                    quiz = goodQuizzes.containsKey(l.quiz()) ? l.quiz() : null;
                } else {
                    quiz = goodQuizzes.values().stream().filter(q -> l.id().equals(q.lesson())).map(Quiz::id)
                            .findFirst().orElse(null);
                }
                outLessons.add(new Lesson(l.id(), l.title(), l.order(), l.minutes(), l.objectives(), l.sources(), quiz,
                        l.html(), l.sections(), l.path(), false, l.lang()));
            }

            // Quizzes in module order (the position of their lesson), then the others by file name.
            Map<String, Integer> lessonPosition = new HashMap<>();
            for (int i = 0; i < outLessons.size(); i++) {
                lessonPosition.putIfAbsent(outLessons.get(i).id(), i);
                if (outLessons.get(i).quiz() != null) {
                    lessonPosition.putIfAbsent("quiz:" + outLessons.get(i).quiz(), i);
                }
            }
            List<Quiz> outQuizzes = new ArrayList<>(goodQuizzes.values());
            outQuizzes.sort(Comparator.comparingInt((Quiz q) -> {
                Integer byLesson = q.lesson() == null ? null : lessonPosition.get(q.lesson());
                Integer byQuiz = lessonPosition.get("quiz:" + q.id());
                if (byLesson != null && byQuiz != null) {
                    return Math.min(byLesson, byQuiz);
                }
                return byLesson != null ? byLesson : byQuiz != null ? byQuiz : Integer.MAX_VALUE;
            }).thenComparing(q -> quizFile.get(q.id())));

            problems.sort(Problems.ORDER);
            return new ContentSet(List.copyOf(outLessons), List.copyOf(outReferences), List.copyOf(outQuizzes), List.copyOf(problems),
                    Instant.now());
        }

        private void collect(Parsed<?> p) {
            if (p.result() != null) {
                problems.addAll(p.result().problems());
            }
            problems.addAll(p.extra());
        }

        private static String known(Set<String> ids) {
            if (ids.isEmpty()) {
                return "";
            }
            List<String> sorted = ids.stream().sorted().limit(12).toList();
            return " (known: " + String.join(", ", sorted) + (ids.size() > sorted.size() ? ", ..." : "") + ")";
        }

        private <T> ParseResult<T> safely(Source s, java.util.function.Supplier<ParseResult<T>> parse) {
            try {
                return parse.get();
            } catch (RuntimeException | StackOverflowError e) {
                // A parser bug must not take the whole site down: report it against the file.
                problems.add(new Problem(s.display(), 1, "could not parse this file (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it"));
                return null;
            }
        }

        private String display(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(base) && !abs.equals(base)) {
                return base.relativize(abs).toString().replace('\\', '/');
            }
            return abs.toString().replace('\\', '/');
        }

        /** The folder's {@code *.md} files by name; hidden files and editor temp files are skipped. */
        private List<Source> list(Path dir, String what) {
            if (dir == null || !Files.isDirectory(dir)) {
                String shown = dir == null ? what : display(dir);
                problems.add(new Problem(shown, 0, "the " + what + " folder does not exist"
                        + (dir == null ? "" : " (" + dir.toAbsolutePath().normalize() + ")")));
                return List.of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                // Folders are skipped; links and special files are kept so that reading reports them.
                return files.filter(f -> isContentFile(f.getFileName().toString())
                                && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                        .map(f -> new Source(f, display(f), f.getFileName().toString()))
                        .sorted(Comparator.comparing(Source::name))
                        .toList();
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(display(dir), 0, "cannot list the " + what + " folder: " + e.getMessage()));
                return List.of();
            }
        }

        /** A Markdown file that is not hidden ({@code .x.md}) nor an editor's temp or lock file. */
        static boolean isContentFile(String name) {
            return name.endsWith(".md") && name.length() > 3 && !name.startsWith(".") && !name.startsWith("#")
                    && !name.startsWith("~");
        }

        /** The file as UTF-8 text, or null (and a problem) when it is not a regular file, cannot be read or is not UTF-8. */
        private String read(Source s) {
            return ContentFiles.read(s.file(), s.display(), problems::add);
        }
    }
}
