package org.agora.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agora.content.AcceptedLine;
import org.agora.content.Accepted;
import org.agora.content.AnswerBlock;
import org.agora.content.Authoring;
import org.agora.content.Credit;
import org.agora.content.Numbers;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.interchange.gift.export.GiftQuestionExport;
import org.agora.quiz.Fraction;
import org.agora.quiz.Response;
import org.agora.interchange.qti.QtiItemExport;
import org.agora.interchange.qti.QtiXml;

/**
 * Numeric: {@code =} lines that are a number ({@code 1997}), a tolerance ({@code 3.14 +- 0.01}) or
 * a range ({@code 1995..1998}). A question whose first {@code =} line is a number is numeric.
 */
public final class NumericAnswer extends TypedAnswer {

    static final NumericAnswer KIND = new NumericAnswer();

    private NumericAnswer() {
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public String described() {
        return "numeric";
    }

    /** Whether {@code = ...} lines starting with this one make a numeric question (a malformed number does too). */
    public static boolean claims(String firstLine) {
        try {
            return Numbers.parseAccepted(Credit.split(firstLine).text()) != null;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    public static AnswerBlock fromLines(List<AcceptedLine> lines, Authoring a) {
        List<Accepted> accepted = new ArrayList<>();
        for (AcceptedLine line : lines) {
            try {
                Accepted acc = Numbers.parseAccepted(line.text(), line.credit());
                if (acc == null) {
                    a.error(line.line(), "`= " + line.text() + "` is not a number: the question is numeric because its "
                            + "first `=` line is a number, so every `=` line must be a number (1997), a "
                            + "tolerance (3.14 +- 0.01) or a range (1995..1998)");
                } else {
                    accepted.add(acc);
                }
            } catch (IllegalArgumentException e) {
                a.error(line.line(), "`= " + line.text() + "`: " + e.getMessage());
            }
        }
        return AnswerBlock.ofAccepted(QuestionType.NUMERIC, accepted);
    }

    @Override
    public Fraction fraction(Question q, Response r) {
        BigDecimal value = r instanceof Response.Text t ? Numbers.parse(t.text()) : null;
        if (value == null) {
            return Fraction.ZERO;
        }
        return Fraction.of(best(q.accepted().stream().filter(a -> Numbers.matches(a, value)).toList()));
    }

    /**
     * {@code {#1997}}, {@code {#3.14:0.01}}, {@code {#1995..1998}}; several lines as {@code {# =a =%50%b}}.
     * Not escaped: the colon is syntax here, and a number has no other special character.
     */
    @Override
    public boolean gift(Question q, GiftQuestionExport out) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            String n;
            if (a instanceof Accepted.Exact e) {
                n = Numbers.plain(e.value());
            } else if (a instanceof Accepted.Tolerance t) {
                n = Numbers.plain(t.value()) + ":" + Numbers.plain(t.tolerance());
            } else if (a instanceof Accepted.Range r) {
                n = Numbers.plain(r.low()) + ".." + Numbers.plain(r.high());
            } else {
                throw new IllegalStateException("not a number: " + a);
            }
            lines.add(out.credit(a, i) + n);
        }
        if (lines.size() == 1 && !lines.get(0).startsWith("%")) {
            out.append("{#").append(lines.get(0));
            out.explanation("", "");
            out.append('}');
        } else {
            out.block("{#", lines.stream().map(l -> "=" + l).toList());
        }
        return true;
    }

    /**
     * {@code numerical_question}, one condition per line: an exact number and a tolerance as
     * Canvas's exact answer with a margin (the number, or the bounds both included), a range as
     * Canvas's range answer. A line of less than full credit has no place (left out).
     */
    @Override
    public boolean qti(Question q, QtiItemExport out) {
        List<Accepted> full = new ArrayList<>();
        for (int i = 0; i < q.accepted().size(); i++) {
            Accepted a = q.accepted().get(i);
            if (a.earns().isFull()) {
                full.add(a);
            } else {
                out.warn(out.itemLine(i), "credit " + a.credit() + " is not carried: every Canvas numerical answer "
                        + "earns full marks (left out)");
            }
        }
        out.blankItem("numerical_question", "Decimal", full.size(), x -> {
            for (Accepted a : full) {
                QtiItemExport.fullScore(x, c -> {
                    if (a instanceof Accepted.Range r) {
                        bounds(c, r.low(), r.high());
                    } else {
                        BigDecimal value = a instanceof Accepted.Tolerance t ? t.value() : ((Accepted.Exact) a).value();
                        BigDecimal margin = a instanceof Accepted.Tolerance t ? t.tolerance() : BigDecimal.ZERO;
                        c.open("or").text("varequal", Numbers.plain(value), "respident", QtiItemExport.RESPONSE)
                                .open("and");
                        bounds(c, value.subtract(margin), value.add(margin));
                        c.close().close();
                    }
                });
            }
        });
        return true;
    }

    private static void bounds(QtiXml c, BigDecimal low, BigDecimal high) {
        c.text("vargte", Numbers.plain(low), "respident", QtiItemExport.RESPONSE)
                .text("varlte", Numbers.plain(high), "respident", QtiItemExport.RESPONSE);
    }
}
