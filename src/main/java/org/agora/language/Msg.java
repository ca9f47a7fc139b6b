package org.agora.language;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface's texts, {@code {msg:key}} in templates. Qute takes each key from a method here
 * (a key in a file without one fails the build) and its text from the files, one line per key in
 * each: {@code messages/msg_en.properties} (the default, English) and {@code msg_ko.properties}.
 * A method's parameters are the message's {@code {placeholders}}, checked at build time.
 *
 * <p>Keys are {@code <page>_<what>}: the template's name ({@code progress}, {@code layout}), then
 * what the text is. One block per page, in the order of the files; see the README, "Interface
 * language".
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    // layout.html
    String layout_skip();
    String layout_nav();
    String layout_nav_lessons();
    String layout_nav_source();
    String layout_nav_classes();
    String layout_nav_content();
    String layout_nav_progress();
    String layout_nav_my_classes();
    String layout_nav_sign_in();
    String layout_nav_sign_up();
    String layout_sign_out(String username);
    String layout_language();
    String layout_language_en();
    String layout_language_ko();
    String layout_footer();

    // ProgressResource/progress.html
    String progress_title();
    String progress_lede(String name, String percent);
    String progress_bar();
    String progress_next();
    String progress_all_done();
    String progress_lessons();
    String progress_read();
    String progress_not_read();
    String progress_quizzes();
    String progress_quiz();
    String progress_best();
    String progress_attempts();
    String progress_result();
    String progress_attempts_of(long used, int allowed);
    String progress_passed();
    String progress_awaiting(String points);
    String progress_not_passed();

    // LessonResource/lesson.html
    String lesson_reference();
    String lesson_meta(int order, int minutes);
    String lesson_objectives();
    String lesson_sections();
    String lesson_in_this_lesson();
    String lesson_progress();
    String lesson_marked_read();
    String lesson_mark_read();
    String lesson_sign_in();
    String lesson_sign_in_to_track();
    String lesson_take_quiz(String title);
    String lesson_references();
    String lesson_references_list();
    String lesson_pager();

    // SourceResource/guide.html
    String guide_title();
    String guide_lede(String title, String author, String written);
    String guide_cites();
    String guide_cites_to();
    String guide_paragraph(int n);
    String guide_each_paragraph();

    // SignupResource/classes.html
    String classes_title();
    String classes_joined(String code);
    String classes_none();
    String classes_scoreboard();
    String classes_projector();
    String classes_nickname_heading();
    String classes_nickname_why();
    String classes_nickname();
    String classes_save_nickname();
    String classes_join_heading();
    String classes_join_code();
    String classes_join();

    // InstructorResource/dashboard.html
    String dashboard_title();
    String dashboard_created();
    String dashboard_created_password();
    String dashboard_created_once();
    String dashboard_none();
    String dashboard_your_classes();
    String dashboard_class();
    String dashboard_join_code();
    String dashboard_scoreboard_names();
    String dashboard_privacy_full();
    String dashboard_privacy_nickname();
    String dashboard_privacy_anonymous();
    String dashboard_create_heading();
    String dashboard_class_name();
    String dashboard_create();
    String dashboard_instructors();
    String dashboard_name();
    String dashboard_username();
    String dashboard_add_instructor();

    // ContentStatusResource/status.html
    String status_title();
    String status_last_reload();
    String status_watch();
    String status_errors(int count);
    String status_all_valid();
    String status_withdrawn();
    String status_warnings(int count);
    String status_no_warnings();
    String status_flaws();
    String status_lint();
    String status_flaws_fix();
    String status_lessons(int count);
    String status_order();
    String status_lesson();
    String status_file();
    String status_state();
    String status_served();
    String status_quizzes(int count);
    String status_quiz();
    String status_questions();

    // schedule/due.html
    String due_heading();
    String due_opens(String when);
    String due_due(String when);
    String due_late();
    String due_done();
    String due_not_done();

    // common
    String common_attempts_unlimited();
    String common_attempts(int n);
    String common_time_limit_none();
    String common_hours(int n);
    String common_minutes(int n);
    String common_seconds(int n);
    String common_questions(int n);
    String common_questions_pool(int n, int pool);

    // GradingResource/queue.html
    String queue_title(String quiz, String className);
    String queue_heading(String quiz);
    String queue_class();
    String queue_scoreboard();
    String queue_oldest_first();
    String queue_counts();
    String queue_to_grade();
    String queue_graded();
    String queue_released();
    String queue_blind_on();
    String queue_blind_off();
    String queue_release_per_quiz();
    String queue_release_as_saved();
    String queue_settings();
    String queue_release(int n);
    String queue_release_hint();
    String queue_none();
    String queue_caption();
    String queue_learner();
    String queue_question();
    String queue_submitted();
    String queue_state();
    String queue_points();
    String queue_state_to_grade();
    String queue_state_graded();
    String queue_state_released();

    // GradingResource/answer.html
    String answer_title(String question, String learner);
    String answer_queue_link(String quiz);
    String answer_class(String code);
    String answer_submitted(String when);
    String answer_points(String points);
    String answer_saved();
    String answer_not_saved();
    String answer_conflict_help();
    String answer_question();
    String answer_learners_answer();
    String answer_no_answer();
    String answer_words(int n);
    String answer_at_most(Integer max);
    String answer_at_least(Integer min);
    String answer_word_range(Integer min, Integer max);
    String answer_outside();
    String answer_grade();
    String answer_not_graded();
    String answer_now();
    String answer_points_of(String points, String max);
    String answer_version(int version, String by, String when);
    String answer_released();
    String answer_not_released();
    String answer_notes();
    String answer_notes_hint();
    String answer_rubric();
    String answer_criterion(String text, String points);
    String answer_points_label(String max);
    String answer_points_hint(String max);
    String answer_comment();
    String answer_comment_hint();
    String answer_save();
    String answer_save_next();
    String answer_pager();
    String answer_previous();
    String answer_all();
    String answer_next();
    String answer_history();
    String answer_no_history();
    String answer_history_caption();
    String answer_version_col();
    String answer_by();
    String answer_when();
    String answer_comment_col();

    // RegradeResource/page.html
    String page_title(String quiz);
    String page_class(String name, String code);
    String page_statistics();
    String page_scoreboard();
    String page_versions();
    String page_versions_intro();
    String page_no_attempts();
    String page_versions_caption(String quiz);
    String page_version();
    String page_first_seen();
    String page_attempts();
    String page_submitted();
    String page_changed_since();
    String page_current();
    String page_unreadable();
    String page_no_changes();
    String page_regrade();
    String page_regrade_intro();
    String page_mode();
    String page_mode_normal();
    String page_mode_raise_only();
    String page_mode_full_credit();
    String page_questions();
    String page_preview();
    String page_dry_run();
    String page_committed();
    String page_would_change(int changed, int total);
    String page_did_change(int changed, int total);
    String page_mode_version(String mode);
    String page_result_caption();
    String page_learner();
    String page_attempt();
    String page_score_before();
    String page_score_after();
    String page_score_of(String score, String max);
    String page_unchanged();
    String page_change_rescored();
    String page_change_kept();
    String page_change_full_credit();
    String page_commit(int n);
    String page_questions_col();

    // LearnerResource/attempt.html
    String attempt_title(int number, String quiz, String learner);
    String attempt_heading(int number, String quiz);
    String attempt_class(String code);
    String attempt_not_reopened();
    String attempt_facts();
    String attempt_started();
    String attempt_submitted();
    String attempt_not_submitted();
    String attempt_closes();
    String attempt_no_time_limit();
    String attempt_score();
    String attempt_pending(String points);
    String attempt_passed();
    String attempt_not_passed();
    String attempt_reopened_until();
    String attempt_regraded();
    String attempt_regraded_scores(String was, String wasMax, String score, String max);
    String attempt_reopen_until();
    String attempt_reopen();
    String attempt_reopen_hint();
    String attempt_question(int n);
    String attempt_points();
    String attempt_points_of(String earned, String points);
    String attempt_awaiting();
    String attempt_learners_answer();
    String attempt_correct();
    String attempt_last_saved();
    String attempt_never();
    String attempt_feedback();
    String attempt_grade(String points, String max, String by, String when);
    String attempt_grade_unreleased(String points, String max, String by, String when);
    String attempt_explanation();

    // LearnerResource/learner.html
    String learner_class();
    String learner_scoreboard();
    String learner_username();
    String learner_nickname(String nickname);
    String learner_not_saved(String error);
    String learner_extra_time();
    String learner_has_extra(String name);
    String learner_extra_percent(int percent);
    String learner_extra_everywhere();
    String learner_no_extra();
    String learner_extra_explained();
    String learner_extra_label();
    String learner_extra_save();
    String learner_lessons_read();
    String learner_lessons_caption(String name);
    String learner_lesson();
    String learner_read();
    String learner_read_badge();
    String learner_not_yet_read();
    String learner_quizzes();
    String learner_attempts_allowed();
    String learner_granted(int n);
    String learner_unlimited();
    String learner_used(int n);
    String learner_time_limit();
    String learner_none();
    String learner_adjusted();
    String learner_due();
    String learner_no_attempt();
    String learner_attempts_caption(String name, String quiz);
    String learner_attempt();
    String learner_started();
    String learner_submitted();
    String learner_score();
    String learner_regraded();
    String learner_reopened_until();
    String learner_review();
    String learner_open();
    String learner_pending();
    String learner_pass();
    String learner_not_yet();
    String learner_review_attempt_label(int number, String quiz);
    String learner_review_attempt();
    String learner_grant_label(String name, String quiz);
    String learner_grant();
    String learner_overrides_for(String name);
    String learner_leave_empty();
    String learner_attempts_label();
    String learner_limit_label();
    String learner_closes_label(String zone);
    String learner_save_overrides();
    String learner_remove_overrides();
    String learner_overrides();
    String learner_no_overrides();
    String learner_extra_every(int percent);
    String learner_more_attempts(int n);
    String learner_override_time_limit(String limit);
    String learner_override_closes(String when);
    String learner_by(String by, String when);
    String learner_changes();
    String learner_no_changes();
    String learner_changes_caption(String name);
    String learner_when();
    String learner_who();
    String learner_what();
    String learner_change_reopen(String quiz);
    String learner_change_extra_time();
    String learner_change_override(String quiz);
    String learner_change_attempt(String quiz);
}
