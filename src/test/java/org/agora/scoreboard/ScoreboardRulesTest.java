package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.Scoreboard.Row;
import org.agora.scoreboard.ScoreboardService.Viewer;
import org.junit.jupiter.api.Test;

/** Ranking, naming per privacy and sorting, without a server. */
class ScoreboardRulesTest {

    private static Row row(String name, int total) {
        return row(name, total, 0, 0, Map.of());
    }

    private static Row row(String name, int total, int passed, int lessons, Map<String, Cell> cells) {
        return new Row(0, name, null, BigDecimal.valueOf(total), BigDecimal.TEN, passed, lessons, cells, false, 0);
    }

    private static List<Integer> ranks(List<Row> rows) {
        return rows.stream().map(Row::rank).toList();
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::name).toList();
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<Row> ranked = ScoreboardService.rank(List.of(row("Dan", 1), row("Cat", 3), row("Ann", 5), row("Bob", 3)));
        assertEquals(List.of(1, 2, 2, 4), ranks(ranked));
        assertEquals(List.of(5, 3, 3, 1), ranked.stream().map(r -> r.total().intValue()).toList());
        // ties are listed by name
        assertEquals(List.of("Ann", "Bob", "Cat", "Dan"), names(ranked));
    }

    @Test
    void totalsEqualInValueButNotInScaleStillTie() {
        Row a = new Row(0, "A", null, new BigDecimal("3.00"), BigDecimal.TEN, 0, 0, Map.of(), false, 0);
        Row b = new Row(0, "B", null, new BigDecimal("3"), BigDecimal.TEN, 0, 0, Map.of(), false, 0);
        assertEquals(List.of(1, 1), ranks(ScoreboardService.rank(List.of(a, b))));
    }

    @Test
    void allTiedAllFirstAndEmptyIsEmpty() {
        assertEquals(List.of(1, 1, 1), ranks(ScoreboardService.rank(List.of(row("a", 0), row("b", 0), row("c", 0)))));
        assertEquals(List.of(), ScoreboardService.rank(List.of()));
    }

    private static final Viewer INSTRUCTOR = new Viewer(true, 1);
    private static final Viewer STUDENT = new Viewer(false, 2);

    private static String name(String privacy, Viewer v, boolean me) {
        return ScoreboardService.name(privacy, v, me, "Kim Min-ji", "Quiet Heron 27");
    }

    @Test
    void instructorsAlwaysSeeFullNames() {
        for (String privacy : List.of("full", "nickname", "anonymous")) {
            assertEquals("Kim Min-ji", name(privacy, INSTRUCTOR, false), privacy);
        }
    }

    @Test
    void fullPrivacyShowsDisplayNamesToEveryone() {
        assertEquals("Kim Min-ji", name("full", STUDENT, true));
        assertEquals("Kim Min-ji", name("full", STUDENT, false));
        assertEquals("Kim Min-ji", name("full", Viewer.PROJECTOR, false));
    }

    @Test
    void nicknamePrivacyShowsNicknamesIncludingOnTheLearnersOwnRow() {
        assertEquals("Quiet Heron 27", name("nickname", STUDENT, false));
        assertEquals("Quiet Heron 27", name("nickname", STUDENT, true));
        assertEquals("Quiet Heron 27", name("nickname", Viewer.PROJECTOR, false));
    }

    @Test
    void anonymousPrivacyHidesEveryoneButTheViewer() {
        assertEquals("Anonymous learner", name("anonymous", STUDENT, false));
        assertEquals("Anonymous learner", name("anonymous", Viewer.PROJECTOR, false));
        // the own row carries the real name; "you" is marked by Row.me (badge, aria-current), not in the name
        assertEquals("Kim Min-ji", name("anonymous", STUDENT, true));
    }

    @Test
    void viewerOfAnAccount() {
        org.agora.account.Account a = new org.agora.account.Account();
        a.id = 42L;
        a.role = org.agora.account.Account.INSTRUCTOR;
        assertEquals(new Viewer(true, 42), Viewer.of(a));
        a.role = org.agora.account.Account.STUDENT;
        assertEquals(new Viewer(false, 42), Viewer.of(a));
    }

    @Test
    void sortsByNameLessonsPassedAndQuizColumn() {
        Cell low = new Cell(new BigDecimal("1"), new BigDecimal("2"), false, false);
        Cell high = new Cell(new BigDecimal("2"), new BigDecimal("2"), true, false);
        List<Row> ranked = ScoreboardService.rank(List.of(
                row("carol", 9, 1, 0, Map.of("q", high)),
                row("Alice", 7, 0, 2, Map.of("q", low)),
                row("bob", 5, 2, 1, Map.of())));
        assertEquals(List.of("carol", "Alice", "bob"), names(ScoreboardService.sorted(ranked, null, false)));
        assertEquals(List.of("carol", "Alice", "bob"), names(ScoreboardService.sorted(ranked, "rank", false)));
        assertEquals(List.of("bob", "Alice", "carol"), names(ScoreboardService.sorted(ranked, "total", true)));
        assertEquals(List.of("Alice", "bob", "carol"), names(ScoreboardService.sorted(ranked, "name", false)));
        assertEquals(List.of("carol", "bob", "Alice"), names(ScoreboardService.sorted(ranked, "name", true)));
        assertEquals(List.of("Alice", "bob", "carol"), names(ScoreboardService.sorted(ranked, "lessons", true)));
        assertEquals(List.of("bob", "carol", "Alice"), names(ScoreboardService.sorted(ranked, "passed", true)));
        // a quiz column: never submitted sorts below any score
        assertEquals(List.of("bob", "Alice", "carol"), names(ScoreboardService.sorted(ranked, "q", false)));
        assertEquals(List.of("carol", "Alice", "bob"), names(ScoreboardService.sorted(ranked, "q", true)));
    }

    @Test
    void sortTiesKeepRankOrderInBothDirections() {
        List<Row> ranked = ScoreboardService.rank(List.of(row("a", 3, 1, 0, Map.of()), row("b", 2, 1, 0, Map.of()),
                row("c", 1, 1, 0, Map.of())));
        assertEquals(List.of("a", "b", "c"), names(ScoreboardService.sorted(ranked, "passed", false)));
        assertEquals(List.of("a", "b", "c"), names(ScoreboardService.sorted(ranked, "passed", true)));
    }
}
