package org.agora.scoreboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.account.Account;
import org.agora.classroom.Classroom;
import org.agora.content.ContentSet;
import org.agora.content.Lesson;
import org.agora.content.Quiz;
import org.agora.content.live.ContentRegistry;
import org.agora.scoreboard.Scoreboard.Cell;
import org.agora.scoreboard.Scoreboard.Column;
import org.agora.scoreboard.Scoreboard.Row;

/**
 * Builds scoreboards from three aggregate queries (members, best score per learner and quiz,
 * lessons read per learner), never from loading attempts one by one; their results are reused
 * until the database signature or the content changes.
 */
@ApplicationScoped
public class ScoreboardService {

    /** Who looks: an instructor (full names), a member (privacy applies, own row marked) or the projector. */
    public record Viewer(boolean instructor, long accountId) {
        public static final Viewer PROJECTOR = new Viewer(false, -1);

        public static Viewer of(Account a) {
            return new Viewer(a.isInstructor(), a.id);
        }
    }

    private final EntityManager em;
    private final ContentRegistry registry;

    ScoreboardService(EntityManager em, ContentRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    /** A class member as the queries return them. */
    record Member(long id, String displayName, String nickname, String username) {
    }

    /** What the three aggregate queries found for one class, before any viewer's naming. */
    record Facts(List<Member> members, Map<Long, Map<String, Cell>> cells, Map<Long, Integer> lessonsRead) {
    }

    private record Cached(String key, Facts facts) {
    }

    /**
     * Facts per class, kept while the database signature and the content are unchanged. It is only
     * a cache: every instance rebuilds it from the database when anything that shows changes.
     */
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /**
     * A board that every viewer of one kind sees alike (any instructor, the projector), with what
     * was derived from it (its JSON, say), kept until the facts or the class change.
     */
    private record Shared(String key, Scoreboard board, Map<String, Object> derived) {
    }

    private final Map<String, Shared> shared = new ConcurrentHashMap<>();

    @Transactional
    public Scoreboard board(Classroom c, Viewer viewer) {
        return derived(c, viewer, "board", b -> b);
    }

    /**
     * {@code view} of the viewer's board. For instructors and the projector, whose boards do not
     * depend on who looks, it is computed once per change and then shared: a class reviewing its
     * board on a projector while instructors reload it costs one query, not a rebuild per request.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public <T> T derived(Classroom c, Viewer viewer, String what, Function<Scoreboard, T> view) {
        ContentSet content = registry.content();
        String factsKey = signature() + "|" + content.loadedAt();
        if (!viewer.instructor() && viewer != Viewer.PROJECTOR) {
            return view.apply(build(c, viewer, content, factsKey));
        }
        String key = factsKey + "|" + c.name + "|" + c.privacy + "|" + c.studentBoard + "|" + c.lateWork; // the board also shows these
        String slot = c.id + (viewer.instructor() ? ":instructor" : ":projector");
        Shared s = shared.get(slot);
        if (s == null || !s.key().equals(key)) {
            s = new Shared(key, build(c, viewer, content, factsKey), new ConcurrentHashMap<>());
            shared.put(slot, s);
        }
        Scoreboard board = s.board();
        return (T) s.derived().computeIfAbsent(what, w -> view.apply(board));
    }

    private Scoreboard build(Classroom c, Viewer viewer, ContentSet content, String factsKey) {
        List<Quiz> quizzes = content.quizzes();
        Set<String> lessonIds = content.lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        BigDecimal maxTotal = quizzes.stream().map(Quiz::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        Cached cached = cache.get(c.id);
        if (cached == null || !cached.key().equals(factsKey)) {
            cached = new Cached(factsKey, facts(c.id, quizzes, lessonIds));
            cache.put(c.id, cached);
        }
        Facts facts = cached.facts();
        List<Row> unranked = new ArrayList<>(facts.members().size());
        for (Member m : facts.members()) {
            Map<String, Cell> mine = facts.cells().getOrDefault(m.id(), Map.of());
            BigDecimal total = mine.values().stream().map(Cell::best).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int passed = (int) mine.values().stream().filter(Cell::passed).count();
            boolean me = m.id() == viewer.accountId();
            unranked.add(new Row(0, name(c.privacy, viewer, me, m.displayName(), m.nickname()),
                    viewer.instructor() ? m.username() : null, total, maxTotal, passed,
                    facts.lessonsRead().getOrDefault(m.id(), 0), mine, me, viewer.instructor() || me ? m.id() : 0));
        }
        List<Row> ranked = rank(unranked);
        Map<String, String> labels = ColumnLabels.of(quizzes, content.lessons());
        List<Column> columns = quizzes.stream().map(q -> new Column(q.id(), q.title(), q.maxScore(), labels.get(q.id()))).toList();
        // A student of a class that shares no rows gets their own row only: nothing else leaves the server.
        boolean ownRowOnly = !viewer.instructor() && viewer != Viewer.PROJECTOR && !c.sharesBoardWithStudents();
        List<Row> visible = ownRowOnly ? ranked.stream().filter(Row::me).toList() : ranked;
        return new Scoreboard(c.code, c.name, c.privacy, columns, visible, maxTotal, lessonIds.size(),
                classProgress(ranked, lessonIds.size(), quizzes.size()), c.acceptsLateWork(), ranked.size(), ownRowOnly);
    }

    /**
     * One cheap value that changes whenever anything a scoreboard shows changes: submissions,
     * scores changed after submission (grades released, regrades), lessons read, members, accounts
     * and nicknames, privacy settings (naming and what students' boards show).
     */
    @Transactional
    public String signature() {
        Object[] r = (Object[]) em.createNativeQuery("""
                select (select count(*) from attempt where submitted_at is not null and preview = false),
                       (select max(submitted_at) from attempt where preview = false),
                       (select max(score_changed_at) from attempt where preview = false),
                       (select count(*) from lesson_progress),
                       (select count(*) from membership),
                       (select count(*) from account),
                       (select max(updated_at) from account),
                       (select sum(id * length(privacy)) from classroom),
                       (select sum(id * length(student_board)) from classroom)""").getSingleResult();
        return Arrays.toString(r);
    }

    private Facts facts(long classId, List<Quiz> quizzes, Set<String> lessonIds) {
        Map<Long, Map<String, Cell>> cells = new HashMap<>();
        Map<String, Quiz> quizById = quizzes.stream().collect(Collectors.toMap(Quiz::id, q -> q));
        for (Object[] r : rows("""
                select a.account_id, a.quiz_id, max(case when a.pending_points is null then a.score end),
                       max(case when a.passed then 1 else 0 end), max(case when a.pending_points is null then 0 else 1 end),
                       max(case when a.pending_points is null and not a.late then a.score end),
                       min(case when a.late then 1 else 0 end)
                from attempt a join membership m on m.account_id = a.account_id
                where m.classroom_id = ?1 and a.submitted_at is not null and a.preview = false
                group by a.account_id, a.quiz_id""", classId)) {
            Quiz q = quizById.get((String) r[1]);
            if (q != null) { // a quiz that is no longer offered does not count
                cells.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                        .put(q.id(), new Cell((BigDecimal) r[2], q.maxScore(), ((Number) r[3]).intValue() == 1,
                                ((Number) r[4]).intValue() == 1, late((BigDecimal) r[2], (BigDecimal) r[5], ((Number) r[6]).intValue() == 1)));
            }
        }
        Map<Long, Integer> lessonsRead = new HashMap<>();
        for (Object[] r : rows("""
                select p.account_id, p.lesson_id from lesson_progress p join membership m on m.account_id = p.account_id
                where m.classroom_id = ?1""", classId)) {
            if (lessonIds.contains((String) r[1])) {
                lessonsRead.merge(((Number) r[0]).longValue(), 1, Integer::sum);
            }
        }
        List<Member> members = new ArrayList<>();
        for (Object[] r : rows("""
                select a.id, a.display_name, a.nickname, a.username from account a
                join membership m on m.account_id = a.id where m.classroom_id = ?1 and a.role = 'student'""", classId)) {
            members.add(new Member(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
        }
        return new Facts(members, cells, lessonsRead);
    }

    /** The best score came from a late attempt only (no on-time one earned as much); with none graded, every attempt was late. */
    static boolean late(BigDecimal best, BigDecimal bestOnTime, boolean allLate) {
        return best == null ? allLate : bestOnTime == null || bestOnTime.compareTo(best) < 0;
    }

    /** Highest total first; equal totals share a rank (1, 2, 2, 4). */
    static List<Row> rank(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::total).reversed().thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).total().compareTo(r.total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Row(rank, r.name(), r.username(), r.total(), r.maxTotal(), r.quizzesPassed(),
                    r.lessonsCompleted(), r.quizzes(), r.me(), r.accountId()));
        }
        return ranked;
    }

    /**
     * A classmate hidden by the class's privacy setting, as the API and the event stream name them
     * (their texts stay English); the pages and the projector say it in their own language.
     */
    public static final String ANONYMOUS = "Anonymous learner";

    /** Instructors always see full names; the class's privacy rules everyone else. */
    static String name(String privacy, Viewer viewer, boolean me, String displayName, String nickname) {
        if (viewer.instructor() || "full".equals(privacy)) {
            return displayName;
        }
        if ("nickname".equals(privacy)) {
            return nickname;
        }
        return me ? displayName : ANONYMOUS;
    }

    /** The share of lessons read and quizzes passed over the whole class, in percent. */
    private static BigDecimal classProgress(List<Row> rows, int lessons, int quizzes) {
        long possible = (long) rows.size() * (lessons + quizzes);
        if (possible == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        long done = rows.stream().mapToLong(r -> r.lessonsCompleted() + r.quizzesPassed()).sum();
        return BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP);
    }

    /**
     * Re-orders rows for a sortable column ({@code rank}, {@code name}, {@code lessons},
     * {@code passed} or a quiz id), ascending or descending; ties keep rank order.
     */
    public static List<Row> sorted(List<Row> rows, String by, boolean descending) {
        Comparator<Row> order = switch (by == null ? "rank" : by) {
            case "rank", "total" -> Comparator.comparingInt(Row::rank);
            case "name" -> Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER);
            case "lessons" -> Comparator.comparingInt(Row::lessonsCompleted);
            case "passed" -> Comparator.comparingInt(Row::quizzesPassed);
            default -> Comparator.comparing(r -> r.cell(by) == null || r.cell(by).best() == null ? BigDecimal.valueOf(-1)
                    : r.cell(by).best());
        };
        List<Row> list = new ArrayList<>(rows);
        list.sort(descending ? order.reversed().thenComparingInt(Row::rank) : order.thenComparingInt(Row::rank));
        return list;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object param) {
        return em.createNativeQuery(sql).setParameter(1, param).getResultList();
    }
}
