package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.Scoreboard.Column;
import org.agora.scoreboard.Scoreboard.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The gradebook CSV, read back with commons-csv. */
class GradebookTest {

    private static final BigDecimal MAX = new BigDecimal("5.00");

    private static Scoreboard board() {
        List<Column> quizzes = List.of(new Column("q1", "Quiz, one", new BigDecimal("2.00"), "L1"),
                new Column("q2", "Quiz \"two\"", new BigDecimal("3.00"), "L2"));
        Map<String, Cell> first = new LinkedHashMap<>();
        first.put("q1", new Cell(new BigDecimal("2.00"), new BigDecimal("2.00"), true, false));
        first.put("q2", new Cell(new BigDecimal("1.50"), new BigDecimal("3.00"), false, false));
        List<Row> rows = List.of(
                new Row(1, "Doe, Jane \"JJ\"", "jane", new BigDecimal("3.50"), MAX, 1, 2, first, false, 1),
                new Row(2, "김민지", "minji", new BigDecimal("1.00"), MAX, 0, 1,
                        Map.of("q2", new Cell(new BigDecimal("1.00"), new BigDecimal("3.00"), false, false)), false, 2),
                new Row(3, "=HYPERLINK(\"http://x\")", "+evil", BigDecimal.ZERO, MAX, 0, 0, Map.of(), false, 3));
        return new Scoreboard("ABCD-1234", "Class", "full", quizzes, rows, MAX, 2, BigDecimal.ZERO);
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(body), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    @Test
    void startsWithAByteOrderMarkAndUsesCrLf() {
        String csv = Gradebook.csv(board());
        assertEquals('\uFEFF', csv.charAt(0));
        assertTrue(csv.startsWith("\uFEFF\"Rank\",\"Name\",\"Username\","), csv);
        assertTrue(csv.contains("\r\n"));
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void headerHasScoreAndPercentPerQuizThenTotals() throws IOException {
        List<CSVRecord> records = parse(Gradebook.csv(board()).substring(1));
        assertEquals(List.of("Rank", "Name", "Username", "Quiz, one (best of 2)", "Quiz, one (%)", "Quiz \"two\" (best of 3)",
                "Quiz \"two\" (%)", "Total", "Max total", "Total (%)", "Quizzes passed", "Lessons read"),
                records.get(0).toList());
        assertEquals(4, records.size(), "a header and one row per learner");
    }

    @Test
    void rowsCarryBestScoresPercentsAndTotals() throws IOException {
        List<CSVRecord> records = parse(Gradebook.csv(board()).substring(1));
        // 2/2 = 100.0%, 1.5/3 = 50.0%, total 3.5/5 = 70.0%
        assertEquals(List.of("1", "Doe, Jane \"JJ\"", "jane", "2", "100.0", "1.5", "50.0", "3.5", "5", "70.0", "1", "2"),
                records.get(1).toList());
        // never submitted q1: empty cells; 1/3 = 33.3%; 1/5 = 20.0%
        assertEquals(List.of("2", "김민지", "minji", "", "", "1", "33.3", "1", "5", "20.0", "0", "1"), records.get(2).toList());
    }

    @Test
    void commaAndDoubleQuoteAreQuotedPerRfc4180() {
        String csv = Gradebook.csv(board());
        assertTrue(csv.contains(",\"Doe, Jane \"\"JJ\"\"\",\"jane\","), csv);
        assertTrue(csv.contains("\"Quiz, one (best of 2)\""), csv);
        assertTrue(csv.contains("\"Quiz \"\"two\"\" (%)\""), csv);
    }

    @Test
    void koreanNameIsIntactInUtf8() throws IOException {
        String csv = Gradebook.csv(board());
        byte[] utf8 = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(utf8[0], utf8[1], utf8[2]));
        String back = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("김민지", parse(back.substring(1)).get(2).get(1));
    }

    @Test
    void formulaLikeNamesAreNeutralised() throws IOException {
        CSVRecord r = parse(Gradebook.csv(board()).substring(1)).get(3);
        assertEquals("'=HYPERLINK(\"http://x\")", r.get(1));
        assertEquals("'+evil", r.get(2));
        assertEquals("0", r.get(7));
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", " =1+1")) {
            assertEquals("'" + s, SpreadsheetCells.defuse(s), s);
        }
        assertEquals("Ann", SpreadsheetCells.defuse("Ann"));
        assertEquals("", SpreadsheetCells.defuse(""));
        assertEquals("", SpreadsheetCells.defuse(null));
    }

    @Test
    void aFormulaAfterAnySeparatorASpreadsheetMaySplitOnIsDefusedToo() {
        for (String s : List.of("Smith;=1+2", "a,=1", "x\t@SUM(A1:A9)", "a|-2+3", "Kim; +1", "line\n=1+2", "a\r\n@x")) {
            assertEquals("'" + s, SpreadsheetCells.defuse(s), s);
        }
        for (String s : List.of("Jean-Luc", "a=b", "Smith; Jones", "x@example.org", "O'Neil", "3-2")) {
            assertEquals(s, SpreadsheetCells.defuse(s), s);
        }
    }

    @Test
    void hostileTextIsQuotedAndDefusedWhileNumbersStayNumbers() throws IOException {
        List<Column> quizzes = List.of(new Column("q1", "=cmd|' /C calc'!A0", new BigDecimal("2.00"), "L1"));
        Map<String, Cell> cells = Map.of("q1", new Cell(new BigDecimal("1.50"), new BigDecimal("2.00"), false, false));
        List<Row> rows = List.of(new Row(1, "Smith;=1+2", "a|@x", new BigDecimal("10.00"), new BigDecimal("20.00"), 0, 0,
                cells, false, 1));
        String csv = Gradebook.csv(new Scoreboard("ABCD-1234", "Class", "full", quizzes, rows, MAX, 1, BigDecimal.ZERO));
        // Quoted, so that a spreadsheet splitting on ';' or '|' still sees one cell, which starts with the quote.
        assertTrue(csv.contains("\r\n1,\"'Smith;=1+2\",\"'a|@x\",1.5,75.0,10,20,50.0,0,0\r\n"), csv);
        assertTrue(csv.contains(",\"'=cmd|' /C calc'!A0 (best of 2)\","), csv);
        List<CSVRecord> records = parse(csv.substring(1));
        assertEquals("'Smith;=1+2", records.get(1).get(1));
    }
}
