package org.agora.content;

import java.math.BigDecimal;
import com.google.re2j.Pattern;

/** One {@code = ...} line of a short-answer or numeric question. */
public sealed interface Accepted {

    /** The line as the author wrote it, shown as the correct answer in a review. */
    String display();

    /** A literal short answer, stored normalised (NFKC, trimmed, white space collapsed, quotes straightened). */
    record Text(String display, String normalized) implements Accepted {
    }

    /** {@code = /regex/} or {@code = /regex/i}, an RE2 regex (linear-time); it must match the whole (normalised) answer. */
    record Regex(String display, Pattern pattern) implements Accepted {
    }

    /** {@code = 1997}. */
    record Exact(String display, BigDecimal value) implements Accepted {
    }

    /** {@code = 3.14 +- 0.01}: the bounds are included, compared exactly. */
    record Tolerance(String display, BigDecimal value, BigDecimal tolerance) implements Accepted {
    }

    /** {@code = 1995..1998}: both ends included. */
    record Range(String display, BigDecimal low, BigDecimal high) implements Accepted {
    }
}
