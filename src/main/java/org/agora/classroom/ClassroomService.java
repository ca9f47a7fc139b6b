package org.agora.classroom;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import org.agora.account.Account;
import org.agora.account.AccountService;
import org.agora.account.NewAccount;
import org.agora.language.Text;
import org.agora.web.Forbidden;
import org.agora.web.InvalidInput;
import org.agora.web.NotFound;

/** Classes, their codes and their members. */
@ApplicationScoped
public class ClassroomService {

    public static final List<String> PRIVACY = List.of("full", "nickname", "anonymous");
    public static final List<String> STUDENT_BOARD = List.of("own", "everyone");

    private final AccountService accounts;
    private final Validator validator;

    ClassroomService(AccountService accounts, Validator validator) {
        this.accounts = accounts;
        this.validator = validator;
    }

    /**
     * A student signs up with a join code: fields are checked first (400), then the code (404),
     * then the username (409); the account and its membership are written together or not at all.
     */
    @Transactional
    public Account signUp(String classCode, NewAccount input) {
        var errors = new java.util.LinkedHashMap<String, Text>();
        if (classCode == null || classCode.isBlank()) {
            errors.put("classCode", (t, l) -> t.classroom_code_missing());
        }
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            errors.putAll(InvalidInput.of(violations).texts());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Classroom c = byCode(classCode);
        Account a = accounts.create(input, Account.STUDENT);
        join(c.code, a);
        return a;
    }

    @Transactional
    public Classroom create(String name, Account instructor) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new InvalidInput("name", (t, l) -> t.classroom_name());
        }
        Classroom c = new Classroom();
        c.name = n;
        c.createdBy = instructor.id;
        c.createdAt = Instant.now();
        do {
            c.code = JoinCodes.generate();
        } while (Classroom.count("code", c.code) > 0);
        c.persist();
        return c;
    }

    /** The class with this code, or 404. */
    public Classroom byCode(String code) {
        return Classroom.findByCode(code).orElseThrow(() -> new NotFound((t, l) -> t.classroom_no_such_code(code)));
    }

    /** Adds the student to the class; joining twice is harmless. */
    @Transactional
    public Classroom join(String code, Account student) {
        Classroom c = byCode(code);
        if (!Membership.exists(c.id, student.id)) {
            Membership m = new Membership();
            m.classroomId = c.id;
            m.accountId = student.id;
            m.joinedAt = Instant.now();
            m.persist();
        }
        return c;
    }

    public List<Account> members(Classroom c) {
        return Account.list("id in (select m.accountId from Membership m where m.classroomId = ?1) order by displayName, username",
                c.id);
    }

    public boolean isMember(Classroom c, Account a) {
        return Membership.exists(c.id, a.id);
    }

    /** Instructors see every class (they teach as one staff); a student only the classes they belong to (403). */
    public Classroom visibleTo(String code, Account viewer) {
        Classroom c = byCode(code);
        if (!viewer.isInstructor() && !isMember(c, viewer)) {
            throw new ForbiddenException();
        }
        return c;
    }

    /** How classmates are named ({@link #PRIVACY}) and what students' scoreboards show ({@link #STUDENT_BOARD}). */
    @Transactional
    public void setPrivacy(String code, String privacy, String studentBoard) {
        var errors = new java.util.LinkedHashMap<String, Text>();
        if (privacy == null || !PRIVACY.contains(privacy)) { // List.of(...).contains(null) throws
            errors.put("privacy", (t, l) -> t.classroom_privacy());
        }
        if (studentBoard == null || !STUDENT_BOARD.contains(studentBoard)) {
            errors.put("studentBoard", (t, l) -> t.classroom_board());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Classroom c = byCode(code);
        c.privacy = privacy;
        c.studentBoard = studentBoard;
    }

    /**
     * The projector and its stream show classmates' scores: instructors always, members only when the
     * class shares its board with students (403 otherwise, and for non-members).
     */
    public Classroom projectorVisibleTo(String code, Account viewer) {
        Classroom c = visibleTo(code, viewer);
        if (!viewer.isInstructor() && !c.sharesBoardWithStudents()) {
            throw new Forbidden((t, l) -> t.classroom_own_row());
        }
        return c;
    }

    /** Blind marking on or off, and when grades show: {@code as-graded} or {@code per-quiz} (released by an instructor). */
    @Transactional
    public Classroom setGrading(String code, Boolean blindMarking, String gradeRelease) {
        if (gradeRelease != null && !List.of("as-graded", "per-quiz").contains(gradeRelease)) {
            throw new InvalidInput("release", (t, l) -> t.classroom_release());
        }
        Classroom c = byCode(code);
        if (blindMarking != null) {
            c.blindMarking = blindMarking;
        }
        if (gradeRelease != null) {
            c.gradeRelease = gradeRelease;
        }
        return c;
    }

    /** An instructor resets a password only for a member of one of the classes (students) — never for instructors here. */
    public Account memberToReset(Classroom c, long accountId) {
        Account a = Account.findById(accountId);
        if (a == null || a.isInstructor() || !isMember(c, a)) {
            throw new ForbiddenException();
        }
        return a;
    }
}
