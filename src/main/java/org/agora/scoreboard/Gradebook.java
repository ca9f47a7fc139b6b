package org.agora.scoreboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.Scoreboard.Column;
import org.agora.scoreboard.Scoreboard.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The gradebook as RFC 4180 CSV: one row per learner, a best-score and a percent column per quiz,
 * then the totals. It starts with a UTF-8 byte order mark so that Excel reads Korean (and every
 * other non-Latin) name correctly; LibreOffice accepts it too. Numbers are written unquoted, so
 * that spreadsheets read them as numbers; every text cell is quoted and defused
 * ({@link SpreadsheetCells}), so that none runs as a formula. A class that accepts late work gets
 * a third column per quiz, {@code late} where the best score was submitted after the due date.
 */
final class Gradebook {

    static final String BOM = "\uFEFF";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private Gradebook() {
    }

    static String csv(Scoreboard board) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            List<String> header = new ArrayList<>(List.of("Rank", "Name", "Username"));
            for (Column q : board.quizzes()) {
                header.add(q.title() + " (best of " + number(q.maxScore()).toPlainString() + ")");
                header.add(q.title() + " (%)");
                if (board.acceptsLateWork()) {
                    header.add(q.title() + " (late)");
                }
            }
            header.addAll(List.of("Total", "Max total", "Total (%)", "Quizzes passed", "Lessons read"));
            csv.printRecord(header.stream().map(SpreadsheetCells::defuse));
            for (Row r : board.rows()) {
                List<Object> record = new ArrayList<>(List.of(r.rank(), SpreadsheetCells.defuse(r.name()),
                        SpreadsheetCells.defuse(r.username())));
                for (Column q : board.quizzes()) {
                    Cell c = r.cell(q.id());
                    boolean none = c == null || c.best() == null; // never submitted: empty, not 0
                    // Awaiting essay grades, with no graded attempt yet: "pending", neither 0 nor a fail.
                    record.add(none ? (c != null && c.pending() ? "pending" : "") : number(c.best()));
                    record.add(none ? "" : percent(c));
                    if (board.acceptsLateWork()) {
                        record.add(c != null && c.late() ? "late" : "");
                    }
                }
                record.addAll(List.of(number(r.total()), number(r.maxTotal()), r.percent(), r.quizzesPassed(),
                        r.lessonsCompleted()));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static BigDecimal percent(Cell c) {
        return c.maxScore().signum() == 0 ? BigDecimal.ZERO
                : c.best().multiply(BigDecimal.valueOf(100)).divide(c.maxScore(), 1, RoundingMode.HALF_UP);
    }

    /**
     * Without trailing zeros ({@code 2.00} is 2), and never negative scale: the printer writes
     * {@code toString()}, which for a scale from 0 to 6 is the plain number, never {@code 1E+1}.
     */
    private static BigDecimal number(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
