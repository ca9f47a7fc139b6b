package org.agora.content;

import java.math.BigDecimal;
import com.google.re2j.Pattern;

/** One {@code = ...} line of a short-answer or numeric question. */
public sealed interface Accepted {

    /** The line as the author wrote it (without its credit), shown as the correct answer in a review. */
    String display();

    /** The {@code {credit=N%}} written at the end of the line (quiz format 1.1), null when none. */
    Credit credit();

    /** What an answer that this line accepts earns: its credit, 100 % without one. */
    default Credit earns() {
        return credit() != null ? credit() : Credit.FULL;
    }

    /** A literal short answer, stored normalised (NFKC, trimmed, white space collapsed, quotes straightened). */
    record Text(String display, String normalized, Credit credit) implements Accepted {
        public Text(String display, String normalized) {
            this(display, normalized, null);
        }
    }

    /** {@code = /regex/} or {@code = /regex/i}, an RE2 regex (linear-time); it must match the whole (normalised) answer. */
    record Regex(String display, Pattern pattern, Credit credit) implements Accepted {
        public Regex(String display, Pattern pattern) {
            this(display, pattern, null);
        }
    }

    /** {@code = 1997}. */
    record Exact(String display, BigDecimal value, Credit credit) implements Accepted {
        public Exact(String display, BigDecimal value) {
            this(display, value, null);
        }
    }

    /** {@code = 3.14 +- 0.01}: the bounds are included, compared exactly. */
    record Tolerance(String display, BigDecimal value, BigDecimal tolerance, Credit credit) implements Accepted {
        public Tolerance(String display, BigDecimal value, BigDecimal tolerance) {
            this(display, value, tolerance, null);
        }
    }

    /** {@code = 1995..1998}: both ends included. */
    record Range(String display, BigDecimal low, BigDecimal high, Credit credit) implements Accepted {
        public Range(String display, BigDecimal low, BigDecimal high) {
            this(display, low, high, null);
        }
    }
}
