package org.agora.content;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The quiz format's rules for {@code {credit=N%}} (version 1.1), one method per question type that
 * takes credits; each broken rule is an error at the line of the option or {@code =} line at fault
 * (a malformed credit is reported where it is read, and arrives here as null).
 */
final class CreditRules {

    /**
     * One option or {@code =} line as written: whether it is marked ({@code (x)}/{@code [x]}), its
     * credit (null when none was written or it was malformed) and whether a credit was written at all.
     */
    record Line(int line, boolean marked, Credit credit, boolean written) {
    }

    private CreditRules() {
    }

    /**
     * Single choice (and true/false, which is one): the {@code (x)} option is 100 %, so a credit on it
     * can only repeat that; an unmarked option may earn part, never a negative share (a learner picks
     * one option, so a penalty would only make guessing worse than leaving it blank).
     */
    static void singleChoice(List<Line> options, BiConsumer<Integer, String> error) {
        for (Line o : options) {
            if (o.credit() == null) {
                continue;
            }
            if (o.credit().isNegative()) {
                error.accept(o.line(), "negative credit " + o.credit() + " on a single-choice option: a single-choice "
                        + "option earns from 0% to 100%");
            } else if (o.marked() && !o.credit().isFull()) {
                error.accept(o.line(), "the `(x)` option earns 100%, not " + o.credit() + ": mark the best answer "
                        + "`(x)` and give the others their credit");
            } else if (!o.marked() && o.credit().isFull()) {
                error.accept(o.line(), "an unmarked option with credit 100%: a single-choice question has one right "
                        + "answer, marked `(x)`; give this one less, or mark it `(x)` instead");
            }
        }
    }

    /**
     * Multiple answer: all options carry a credit or none does; with credits, the {@code [x]} options
     * are exactly those with positive credit and those credits add up to 100 %.
     */
    static void multipleAnswer(List<Line> options, int listLine, BiConsumer<Integer, String> error) {
        long written = options.stream().filter(Line::written).count();
        if (written == 0) {
            return; // the version 1 rule
        }
        if (written < options.size()) {
            for (Line o : options) {
                if (!o.written()) {
                    error.accept(o.line(), "an option without a credit in a multiple-answer question whose other "
                            + "options have one: when one option carries `{credit=N%}`, every option must");
                }
            }
            return;
        }
        if (options.stream().anyMatch(o -> o.credit() == null)) {
            return; // a malformed credit, already reported: its sums would mislead
        }
        long positive = 0;
        for (Line o : options) {
            if (o.marked() && !o.credit().isPositive()) {
                error.accept(o.line(), "a `[x]` option with credit " + o.credit() + ": the marked options are those "
                        + "with a positive credit; unmark it or give it a positive credit");
            } else if (!o.marked() && o.credit().isPositive()) {
                error.accept(o.line(), "an unmarked option with positive credit " + o.credit() + ": the marked "
                        + "options are those with a positive credit; mark it `[x]` or give it 0% or less");
            }
            positive += o.credit().isPositive() ? o.credit().basisPoints() : 0;
        }
        if (positive != Credit.WHOLE) {
            error.accept(listLine, "the positive credits of this multiple-answer question add up to "
                    + new Credit(java.math.BigDecimal.valueOf(positive, 2)) + ", not 100%: choosing every right option "
                    + "must earn the whole question");
        }
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
