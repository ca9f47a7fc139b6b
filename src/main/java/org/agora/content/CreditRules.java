package org.agora.content;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The quiz format's rule for {@code {credit=N%}} (version 1.1) that short answer and numeric share;
 * the choice types' rules are theirs ({@code org.agora.question.SingleChoice}, {@code MultipleAnswer}).
 * A broken rule is an error at the line at fault (a malformed credit is reported where it is read,
 * and arrives here as null).
 */
final class CreditRules {

    /**
     * One {@code =} line as written: its credit (null when none was written or it was malformed) and
     * whether a credit was written at all.
     */
    record Line(int line, Credit credit, boolean written) {
    }

    private CreditRules() {
    }

    /** Short answer and numeric: some line must earn 100 % (a line without credit does). */
    static void acceptedLines(List<Line> lines, BiConsumer<Integer, String> error) {
        if (lines.stream().anyMatch(l -> l.written() && l.credit() == null)) {
            return; // a malformed credit, already reported
        }
        if (lines.stream().noneMatch(l -> l.credit() == null || l.credit().isFull())) {
            error.accept(lines.get(0).line(), "no `=` line earns 100%: a line without `{credit=...}` earns 100%, "
                    + "so leave the full answer's credit off (or write {credit=100%})");
        }
    }
}
