package org.agora.classroom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A class: students join it with its code; its instructors read its scoreboard. */
@Entity
@Table(name = "classroom")
public class Classroom extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String code;

    /**
     * How classmates are named to students and on the projector: {@code full}, {@code nickname} or
     * {@code anonymous}. Instructors always see full names.
     */
    public String privacy = "nickname";

    /** What a student's scoreboard shows: {@code own} (their row and rank) or {@code everyone} (every row). */
    @Column(name = "student_board")
    public String studentBoard = "own";

    /** Students may see classmates' rows: on their scoreboard, the projector and its stream. */
    public boolean sharesBoardWithStudents() {
        return "everyone".equals(studentBoard);
    }

    /** Graders see no learner's name until the learner's grades are released. */
    @Column(name = "blind_marking")
    public boolean blindMarking;

    /** {@code as-graded}: each grade shows once saved; {@code per-quiz}: an instructor releases a quiz's grades. */
    @Column(name = "grade_release")
    public String gradeRelease = "as-graded";

    public boolean releasesAsGraded() {
        return !"per-quiz".equals(gradeRelease);
    }

    /** The IANA time zone its dates are shown and typed in; null: the server's. */
    @Column(name = "time_zone")
    public String timeZone;

    /** {@code refuse}: a quiz closes at its closing time; {@code accept}: later attempts are taken and marked late. */
    @Column(name = "late_work")
    public String lateWork = "refuse";

    public boolean acceptsLateWork() {
        return "accept".equals(lateWork);
    }

    /** The class's time zone, or the server's. */
    public java.time.ZoneId zone() {
        try {
            return timeZone == null ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneId.systemDefault();
        }
    }

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Classroom> findByCode(String code) {
        return find("code", JoinCodes.normalize(code)).firstResultOptional();
    }

    public static List<Classroom> allByName() {
        return list("order by name, id");
    }

    /** The classes a learner belongs to. */
    public static List<Classroom> ofMember(long accountId) {
        return list("id in (select m.classroomId from Membership m where m.accountId = ?1) order by name", accountId);
    }
}
