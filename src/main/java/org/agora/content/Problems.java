package org.agora.content;

import java.util.Comparator;

/** Ordering of problems: by path, line, then message, so that every listing is deterministic. */
public final class Problems {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    private Problems() {
    }
}
