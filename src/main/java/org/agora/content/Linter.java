package org.agora.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the content folders the way the server loads them and prints every problem as
 * {@code path:LINE: message}, then a one-line summary. Exit status: 0 when clean, 1 otherwise.
 */
public final class Linter {

    /** Lints the folders, printing to {@code out}; returns 0 when there is no problem, else 1. */
    public int run(Path lessonsDir, Path quizzesDir, PrintStream out) {
        ContentSet set = ContentLoader.load(lessonsDir, quizzesDir);
        List<Problem> problems = set.problems();
        for (Problem p : problems) {
            out.println(p);
        }
        if (problems.isEmpty()) {
            out.println("lint: " + plural(set.lessons().size(), "lesson") + ", " + plural(set.quizzes().size(), "quiz")
                    + ", 0 errors");
            out.flush();
            return 0;
        }
        long files = problems.stream().map(Problem::path).distinct().count();
        out.println("lint: " + plural(problems.size(), "error") + " in " + plural((int) files, "file"));
        out.flush();
        return 1;
    }

    /** {@code lint [LESSONS_DIR QUIZZES_DIR]}, by default {@code lessons} and {@code quizzes}. */
    public static void main(String[] args) {
        Path lessons = Path.of(args.length >= 2 ? args[0] : "lessons");
        Path quizzes = Path.of(args.length >= 2 ? args[1] : "quizzes");
        System.exit(new Linter().run(lessons, quizzes, System.out));
    }

    private static String plural(int n, String word) {
        if (n == 1) {
            return n + " " + word;
        }
        return n + " " + (word.equals("quiz") ? "quizzes" : word + "s");
    }
}
