package org.agora.scoreboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.Scoreboard.Column;
import org.agora.scoreboard.Scoreboard.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The gradebook as RFC 4180 CSV: one row per learner, a best-score and a percent column per quiz,
 * then the totals. It starts with a UTF-8 byte order mark so that Excel reads Korean (and every
 * other non-Latin) name correctly; LibreOffice accepts it too.
 */
final class Gradebook {

    static final String BOM = "\uFEFF";

    private Gradebook() {
    }

    static String csv(Scoreboard board) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("Rank", "Name", "Username"));
            for (Column q : board.quizzes()) {
                header.add(q.title() + " (best of " + plain(q.maxScore()) + ")");
                header.add(q.title() + " (%)");
            }
            header.addAll(List.of("Total", "Max total", "Total (%)", "Quizzes passed", "Lessons read"));
            csv.printRecord(header);
            for (Row r : board.rows()) {
                List<String> record = new ArrayList<>(List.of(String.valueOf(r.rank()), safe(r.name()), safe(r.username())));
                for (Column q : board.quizzes()) {
                    Cell c = r.cell(q.id());
                    record.add(c == null ? "" : plain(c.best()));
                    record.add(c == null ? "" : percent(c));
                }
                record.addAll(List.of(plain(r.total()), plain(r.maxTotal()), r.percent().toPlainString(),
                        String.valueOf(r.quizzesPassed()), String.valueOf(r.lessonsCompleted())));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String percent(Cell c) {
        return c.maxScore().signum() == 0 ? "0"
                : c.best().multiply(java.math.BigDecimal.valueOf(100)).divide(c.maxScore(), 1, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** A name starting with = + - @ would run as a formula in a spreadsheet: prefix it with a quote. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
