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
    String layout_menu();
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

    // AttemptResource/take.html (and choices, navigator, ordering)
    String take_title_page(String title, int current, int total);
    String take_meta(int number, int questions);
    String take_minute_one();
    String take_minutes(String n);
    String take_second_one();
    String take_seconds(String n);
    String take_until(String time);
    String take_warn5();
    String take_warn1();
    String take_saved();
    String take_error(String error);
    String take_default_save();
    String take_question(int number);
    String take_question_of(int number, int total);
    String take_points(String points);
    String take_your_answer();
    String take_numeric_label();
    String take_rubric();
    String take_essay_markdown();
    String take_words();
    String take_words_range(Integer min, Integer max);
    String take_words_max(Integer max);
    String take_words_min(Integer min);
    String take_choose();
    String take_hint();
    String take_previous();
    String take_next();
    String take_save();
    String take_submit();
    String take_new_tab();
    String take_choose_one_legend(int number);
    String take_choose_all_legend(int number);
    String take_choose_all();
    String take_nav();
    String take_nav_question();
    String take_nav_answered();
    String take_nav_unanswered();
    String take_answered(String n, int total);
    String take_order_hint();
    String take_order_drag_hint();
    String take_top();
    String take_up();
    String take_down();
    String take_bottom();
    String take_move_top(String item);
    String take_move_up(String item);
    String take_move_down(String item);
    String take_move_bottom(String item);

    // AttemptResource/review.html (and pairs)
    String review_pairs_by_place(int number);
    String review_pairs_by_item(int number);
    String review_place();
    String review_item();
    String review_your_answer();
    String review_correct_answer();
    String review_right_or_not();
    String review_no_answer();
    String review_correct();
    String review_incorrect();

    // LessonResource/home.html
    String home_title();
    String home_lede();
    String home_continue();
    String home_open(String quiz);
    String home_resume(int number);
    String home_done(String percent);
    String home_lessons();
    String home_no_lessons();
    String home_minutes(int minutes);
    String home_your_progress();
    String home_read();
    String home_not_read();
    String home_quiz_passed(String percent);
    String home_quiz_awaiting();
    String home_best_so_far(String percent);
    String home_quiz_not_passed(String percent);
    String home_quiz_in_progress();
    String home_quiz_not_taken();
    String home_objectives(int n);
    String home_quiz();
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
    String guide_lede(String title, String author, int year);
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
    /** The next step on the home and progress pages: a lesson to read, a quiz to take. */
    String common_next_lesson(String title);
    String common_next_quiz(String title);
    // flash.html: the confirmations after a form (Flash), by the page that sends them
    String flash_signup_welcome(String name, String className);
    String flash_signup_welcome_first_lesson(String name, String className);
    String flash_classes_joined(String className, String code);
    String flash_classes_nickname_saved();
    String flash_classroom_created(String className, String code);
    String flash_classroom_privacy_saved();
    String flash_schedule_saved();
    String flash_schedule_removed();
    String flash_schedule_settings_saved();
    String flash_grading_settings_saved();

    // SignInResource/signin.html
    String signin_ended();

    // InstructorResource/confirmReset.html
    String confirmReset_title(String name);
    String confirmReset_explain(String name, String username, String className);
    String confirmReset_button();
    String confirmReset_cancel();

    // InstructorResource/newPassword.html
    String newPassword_title(String name);
    String newPassword_is(String username);
    String newPassword_once();
    String newPassword_copy();
    String newPassword_copied();
    String newPassword_copy_failed();
    String newPassword_gone();
    String newPassword_back(String className);

    // InstructorResource/instructorPassword.html
    String instructorPassword_title(String name);
    String instructorPassword_is(String username);
    String instructorPassword_once();
    String instructorPassword_gone();
    String instructorPassword_back();
}
