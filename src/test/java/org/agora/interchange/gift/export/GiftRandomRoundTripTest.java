package org.agora.interchange.gift.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: random quizzes of every question type, with GIFT's special characters, Markdown,
 * credits, feedback and explanations, come back from GIFT with the same models. Each case has its
 * own seed, printed on failure, so that one case can be run again ({@code -Dgift.seed=N}).
 */
class GiftRandomRoundTripTest {

    private static final int CASES = 300;
    private static final String[] WORDS = {"alpha", "beta", "treaty", "Kofi", "state", "a~b", "x=y", "c#d", "k:v",
            "{set}", "back\\slash", "*em*", "**strong**", "`code`", "[P3]", "[link](https://example.org/a#b)", "Größe",
            "rights", "norm", "50%", "a/b"};
    private static final String[] PLAIN = {"alpha", "beta", "treaty", "kofi", "state", "a~b", "x=y", "c#d", "k:v",
            "back\\slash", "Größe", "norm", "a/b"};
    private static final String[] SINGLE_CREDITS = {"50", "25", "10", "20", "33.33", "66.67", "12.5", "5", "75", "80", "90"};
    private static final String[][] SHARES = {{"100"}, {"50", "50"}, {"25", "75"}, {"20", "80"}, {"30", "70"},
            {"60", "40"}, {"33.33", "33.33", "33.34"}, {"12.5", "87.5"}};
    private static final String[] PENALTIES = {"0", "-50", "-25", "-100", "-33.33", "-10"};

    @Test
    void randomQuizzesComeBackFromGift() {
        long base = Long.getLong("gift.seed", 20261203L);
        int cases = Long.getLong("gift.seed") != null ? 1 : CASES;
        for (int c = 0; c < cases; c++) {
            long seed = base + c;
            String quiz = new Generator(new Random(seed)).quiz();
            try {
                RoundTrip.check("quizzes/random.md", quiz);
            } catch (AssertionError | RuntimeException e) {
                fail("seed " + seed + " (rerun with -Dgift.seed=" + seed + "):\n" + quiz + "\n" + e.getMessage(), e);
            }
        }
    }

    /** One random quiz file. */
    private static final class Generator {
        private final Random r;
        private int n;

        Generator(Random r) {
            this.r = r;
        }

        String quiz() {
            StringBuilder b = new StringBuilder("---\ntitle: Random\n---\n");
            int questions = 1 + r.nextInt(4);
            for (int i = 0; i < questions; i++) {
                b.append('\n').append(question(i)).append('\n');
            }
            return b.toString();
        }

        private String words(String[] from, int max) {
            List<String> w = new ArrayList<>();
            for (int i = 0, k = 1 + r.nextInt(max); i < k; i++) {
                w.add(from[r.nextInt(from.length)]);
            }
            return String.join(" ", w);
        }

        /** Text that is unique in its question: it ends in a counter. */
        private String text() {
            return words(WORDS, 4) + " w" + (n++);
        }

        private String feedback() {
            return r.nextInt(3) == 0 ? "  > " + text() + "\n" : "";
        }

        private String question(int i) {
            int type = r.nextInt(8);
            String attrs = "{#q" + i + (type == 7 ? " type=essay" : "") + (r.nextInt(4) == 0 ? " points=2" : "") + "}";
            StringBuilder b = new StringBuilder("## " + text() + " " + attrs + "\n\n");
            if (r.nextBoolean()) {
                b.append(text()).append("\n\n");
            }
            switch (type) {
                case 0 -> single(b);
                case 1 -> trueFalse(b);
                case 2 -> multiple(b);
                case 3 -> shortAnswers(b);
                case 4 -> numbers(b);
                case 5 -> matching(b);
                case 6 -> ordering(b);
                default -> { }
            }
            if (r.nextBoolean()) {
                b.append('\n').append("> ").append(text()).append(r.nextBoolean() ? "\n>\n> " + text() : "").append('\n');
            }
            return b.toString();
        }

        private void single(StringBuilder b) {
            int options = 2 + r.nextInt(4);
            int right = r.nextInt(options);
            for (int o = 0; o < options; o++) {
                String credit = o != right && r.nextInt(3) == 0
                        ? " {credit=" + SINGLE_CREDITS[r.nextInt(SINGLE_CREDITS.length)] + "%}" : "";
                b.append("- ").append(o == right ? "(x) " : "( ) ").append(text()).append(credit).append('\n').append(feedback());
            }
        }

        private void trueFalse(StringBuilder b) {
            boolean truth = r.nextBoolean();
            b.append("- ").append(truth ? "(x)" : "( )").append(" True\n").append(feedback());
            b.append("- ").append(truth ? "( )" : "(x)").append(" False\n").append(feedback());
        }

        private void multiple(StringBuilder b) {
            boolean credits = r.nextBoolean();
            String[] shares = SHARES[r.nextInt(SHARES.length)];
            int wrong = 1 + r.nextInt(3);
            int right = credits ? shares.length : 1 + r.nextInt(4);
            List<String> lines = new ArrayList<>();
            for (int o = 0; o < right + wrong; o++) {
                boolean ok = o < right;
                String credit = !credits ? "" : " {credit=" + (ok ? shares[o] : PENALTIES[r.nextInt(PENALTIES.length)]) + "%}";
                lines.add("- " + (ok ? "[x] " : "[ ] ") + text() + credit + "\n" + feedback());
            }
            java.util.Collections.shuffle(lines, r);
            lines.forEach(b::append);
        }

        private void shortAnswers(StringBuilder b) {
            b.append("= ").append(words(PLAIN, 3)).append(" w").append(n++).append('\n');
            for (int k = r.nextInt(3); k > 0; k--) {
                String line = r.nextBoolean() ? words(PLAIN, 2) + " w" + (n++) : "/" + "w" + (n++) + ".*end/i";
                b.append("= ").append(line).append(r.nextBoolean() ? " {credit=" + SINGLE_CREDITS[r.nextInt(SINGLE_CREDITS.length)] + "%}" : "").append('\n');
            }
        }

        private void numbers(StringBuilder b) {
            for (int k = 1 + r.nextInt(3), i = 0; i < k; i++) {
                int v = r.nextInt(3000) - 1000;
                String line = switch (r.nextInt(3)) {
                    case 0 -> String.valueOf(v);
                    case 1 -> v + "." + r.nextInt(100) + " +- 0." + (1 + r.nextInt(9));
                    default -> v + ".." + (v + 1 + r.nextInt(50));
                };
                b.append("= ").append(line).append(i > 0 && r.nextBoolean()
                        ? " {credit=" + SINGLE_CREDITS[r.nextInt(SINGLE_CREDITS.length)] + "%}" : "").append('\n');
            }
        }

        private void matching(StringBuilder b) {
            for (int k = 2 + r.nextInt(3); k > 0; k--) {
                b.append("- ").append(text()).append(" -> ").append(words(PLAIN, 2)).append(" r").append(n++).append('\n');
            }
            if (r.nextBoolean()) {
                b.append("- -> ").append(words(PLAIN, 2)).append(" r").append(n++).append('\n');
            }
        }

        private void ordering(StringBuilder b) {
            int k = 2 + r.nextInt(4);
            List<Integer> positions = new ArrayList<>();
            for (int i = 1; i <= k; i++) {
                positions.add(i);
            }
            java.util.Collections.shuffle(positions, r);
            positions.forEach(p -> b.append("- (").append(p).append(") ").append(text()).append('\n'));
        }
    }
}
