package org.agora.seed;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.agora.account.Account;
import org.agora.account.AccountService;
import org.agora.account.NewAccount;
import org.agora.attempt.AnswerBody;
import org.agora.attempt.Attempt;
import org.agora.attempt.AttemptService;
import org.agora.attempt.AttemptViews.AttemptView;
import org.agora.attempt.AttemptViews.Item;
import org.agora.attempt.AttemptViews.QuestionView;
import org.agora.classroom.Classroom;
import org.agora.classroom.ClassroomService;
import org.agora.schedule.ScheduleService;
import org.agora.content.QuestionType;
import org.agora.content.live.ContentRegistry;
import org.agora.progress.ProgressService;
import org.jboss.logging.Logger;

/**
 * Dev mode only: a demo instructor, a demo class and demo students with some lessons read and
 * some attempts, so that {@code ./mvnw quarkus:dev} opens on a lived-in app. Prod never seeds.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevSeed {

    private static final Logger LOG = Logger.getLogger(DevSeed.class);
    static final String CLASS_CODE = "KQ7M-4821";
    static final String PASSWORD = "agora-demo";

    private final AccountService accounts;
    private final ClassroomService classes;
    private final AttemptService attempts;
    private final ProgressService progress;
    private final ContentRegistry content;
    private final ScheduleService schedules;

    DevSeed(AccountService accounts, ClassroomService classes, AttemptService attempts, ProgressService progress,
            ContentRegistry content, ScheduleService schedules) {
        this.accounts = accounts;
        this.classes = classes;
        this.attempts = attempts;
        this.progress = progress;
        this.content = content;
        this.schedules = schedules;
    }

    /** Runs after the first-instructor bootstrap, so dev also has the admin account. */
    void seed(@Observes @Priority(3000) StartupEvent event) {
        if (Classroom.findByCode(CLASS_CODE).isPresent()) {
            return;
        }
        Account teacher = accounts.create(new NewAccount("teacher", PASSWORD, "Ms. Han (demo)"), Account.INSTRUCTOR);
        Classroom demo = named(classes.create("Demo class: human rights and North Korea", teacher));
        Random random = new Random(2021);
        String[][] students = { { "minji", "Kim Min-ji" }, { "jun", "Park Jun-seo" }, { "sofia", "Sofia Rossi" },
                { "amara", "Amara Okafor" }, { "lucas", "Lucas Martin" }, { "yuki", "Tanaka Yuki" } };
        int i = 0;
        for (String[] s : students) {
            Account a = classes.signUp(demo.code, new NewAccount(s[0], PASSWORD, s[1]));
            var lessons = content.content().lessons();
            int read = Math.min(lessons.size(), 1 + (i * 2) % (lessons.size() + 1));
            for (int l = 0; l < read; l++) {
                progress.complete(a, lessons.get(l).id());
            }
            // Earlier students got further: each takes the quizzes of the lessons they read.
            for (int l = 0; l < read && l < 4; l++) {
                String quiz = lessons.get(l).quiz();
                if (quiz != null) {
                    answerAndSubmit(a, quiz, random, 0.45 + 0.1 * (i % 5), DEMO_ESSAYS[i % DEMO_ESSAYS.length]);
                }
            }
            // The first three also hand in the quizzes with written answers, so the grading queue is not empty.
            if (i < DEMO_ESSAYS.length) {
                for (var quiz : content.content().quizzes()) {
                    if (quiz.questions().stream().anyMatch(q -> q.type() == QuestionType.ESSAY) && Attempt.countFor(a.id, quiz.id()) == 0) {
                        answerAndSubmit(a, quiz.id(), random, 0.8, DEMO_ESSAYS[i]);
                    }
                }
            }
            i++;
        }
        schedule(demo, teacher);
        LOG.infof("Dev seed: instructor 'teacher', class %s, students %s; every password is '%s'", demo.code,
                List.of("minji", "jun", "sofia", "amara", "lucas", "yuki"), PASSWORD);
    }

    /**
     * The demo class accepts late work; the second lesson's quiz was due yesterday (and Lucas hands it
     * in late now), and the final opened yesterday and is due in a week; Yuki has 50 % extra time.
     */
    private void schedule(Classroom demo, Account teacher) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        schedules.settings(demo, null, "accept");
        var lessons = content.content().lessons();
        String second = lessons.size() > 1 ? lessons.get(1).quiz() : null;
        if (second != null) {
            schedules.put(demo, second, now.minus(7, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS), teacher);
            Account.findByUsername("lucas").filter(a -> Attempt.countFor(a.id, second) == 0)
                    .ifPresent(lucas -> answerAndSubmit(lucas, second, new Random(7), 0.6, DEMO_ESSAYS[0]));
        }
        if (content.content().quiz("module-final").isPresent()) {
            schedules.put(demo, "module-final", now.minus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS), teacher);
        }
        // An accommodation: Yuki has 50 % extra time, so the final's 20 minutes are 30 for her.
        Account.findByUsername("yuki").filter(y -> org.agora.learner.Accommodation.of(demo.id, y.id).isEmpty()).ifPresent(y -> {
            var extra = new org.agora.learner.Accommodation();
            extra.classroomId = demo.id;
            extra.accountId = y.id;
            extra.extraTimePercent = 50;
            extra.updatedBy = teacher.id;
            extra.updatedAt = now;
            extra.persist();
        });
    }

    /** Demo essay answers, one per student who hands one in: a verdict, a doubt, a comparison. */
    private static final String[] DEMO_ESSAYS = {
        "The essay is persuasive on principle and thin on evidence. It rests universality on the history "
                + "after 1945 [P3] and on rights that belong to every person [P8], and I agree with that. But it treats "
                + "China's 1997 statement as a breakthrough without asking what China did afterwards, so the "
                + "precedent proves less than it claims.\n\nThe strongest objection is that a statement is not a practice. "
                + "The essay does not answer it.",
        "I am not convinced by the comparison with China. The essay says North Korea rejects outside standards "
                + "because each nation has its own conditions [P6], and then offers China as the state that changed "
                + "its mind [P8]. China in 1997 wanted things from France and the EU that the DPRK may not want. "
                + "The essay needs to show why the same pressure would work twice.",
        "Mostly persuasive. The best part is the account of how the DPRK answers pressure: it blames the US "
                + "and keeps a door open at the UN [P7]. The weakest part is the ending [P9], which tells the "
                + "leaders what they must do without saying why they would.",
    };

    /** The demo class gets a fixed code, so the README can name it. */
    private static Classroom named(Classroom c) {
        QuarkusTransaction.requiringNew().run(() -> Classroom.<Classroom>findById(c.id).code = CLASS_CODE);
        return Classroom.findByCode(CLASS_CODE).orElseThrow();
    }

    /** Picks answers at random, with a bias towards the first shown option, writes {@code essay} for essays, and submits. */
    private void answerAndSubmit(Account a, String quizId, Random random, double diligence, String essay) {
        AttemptView view = attempts.start(a, quizId).view();
        for (QuestionView q : view.questions()) {
            if (random.nextDouble() > diligence + 0.3 && !"essay".equals(q.type())) {
                continue;
            }
            AnswerBody body = switch (q.type()) {
                case "single", "truefalse" -> AnswerBody.ofChoices(List.of(pick(q.options(), random).id()));
                case "multiple" -> AnswerBody.ofChoices(List.of(pick(q.options(), random).id()));
                case "order" -> AnswerBody.ofOrder(shuffled(q.options(), random));
                case "match" -> AnswerBody.ofPairs(Map.of(q.left().get(0).id(), pick(q.right(), random).id()));
                case "numeric" -> AnswerBody.ofText(String.valueOf(1990 + random.nextInt(30)));
                case "essay" -> AnswerBody.ofText(essay);
                default -> AnswerBody.ofText("I am not sure");
            };
            attempts.save(a, view.attempt(), q.id(), body);
        }
        attempts.submit(a, view.attempt());
    }

    private static Item pick(List<Item> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<String> shuffled(List<Item> items, Random random) {
        List<String> ids = new ArrayList<>(items.stream().map(Item::id).toList());
        java.util.Collections.shuffle(ids, random);
        return ids;
    }
}
