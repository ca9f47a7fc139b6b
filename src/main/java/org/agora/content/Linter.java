package org.agora.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.content.writing.ItemWriting;

/**
 * Checks the content folders the way the server loads them and prints every error as
 * {@code path:LINE: message} and every item-writing warning as {@code path:LINE: warning: message},
 * in file and line order, then a one-line summary. Exit status: 1 when there is an error (or, with
 * {@code strict}, a warning), else 0.
 */
public final class Linter {

    /** Lints the folders, printing to {@code out}; returns the exit status. */
    public int run(Path lessonsDir, Path quizzesDir, boolean strict, PrintStream out) {
        ContentSet set = ContentLoader.load(lessonsDir, quizzesDir);
        List<Problem> errors = set.problems();
        List<Problem> warnings = ItemWriting.warnings(set.quizzes(), quizzesDir.toString());
        List<Problem> all = new ArrayList<>(errors);
        all.addAll(warnings);
        all.sort(Problems.ORDER);
        all.forEach(out::println);
        String warned = warnings.isEmpty() ? "" : ", " + plural(warnings.size(), "warning");
        if (errors.isEmpty()) {
            String references = set.references().isEmpty() ? "" : ", " + plural(set.references().size(), "reference page");
            out.println("lint: " + plural(set.lessons().size(), "lesson") + ", " + plural(set.quizzes().size(), "quiz")
                    + references + ", 0 errors" + warned);
        } else {
            long files = errors.stream().map(Problem::path).distinct().count();
            out.println("lint: " + plural(errors.size(), "error") + " in " + plural((int) files, "file") + warned);
        }
        out.flush();
        return !errors.isEmpty() || (strict && !warnings.isEmpty()) ? 1 : 0;
    }

    /** Lints without failing on warnings. */
    public int run(Path lessonsDir, Path quizzesDir, PrintStream out) {
        return run(lessonsDir, quizzesDir, false, out);
    }

    private static String plural(int n, String word) {
        if (n == 1) {
            return n + " " + word;
        }
        return n + " " + (word.equals("quiz") ? "quizzes" : word + "s");
    }
}
