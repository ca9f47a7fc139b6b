package org.agora.learner;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import org.agora.account.Account;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.web.NotFound;

/**
 * Who reaches a learner's record: instructors any class's members (as everywhere, they teach as
 * one staff); a student only their own, in a class they belong to: another learner's record is
 * 403, as is a class they are not in. A username that is not a student member of the class is 404.
 */
@ApplicationScoped
public class LearnerAccess {

    /** The class and the learner, as the viewer may reach them. */
    public record Reached(Classroom classroom, Account learner) {
    }

    private final ClassroomService classes;

    LearnerAccess(ClassroomService classes) {
        this.classes = classes;
    }

    public Reached reach(String code, String username, Account viewer) {
        Classroom c = classes.visibleTo(code, viewer);
        if (!viewer.isInstructor() && !viewer.username.equals(Account.canonical(username))) {
            throw new ForbiddenException();
        }
        Account learner = username == null ? null : Account.findByUsername(username).orElse(null);
        if (learner == null || learner.isInstructor() || !classes.isMember(c, learner)) {
            throw new NotFound((t, l) -> t.learner_no_learner(username));
        }
        return new Reached(c, learner);
    }
}
