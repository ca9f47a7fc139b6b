package org.agora.language;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sign-in, sign-up, quiz overview, attempt review, error and class pages, and the
 * quiz page's script, and of previews, {@code {pages:key}} in templates, from {@code messages/pages_en.properties}
 * and {@code pages_ko.properties}. A bundle of its own because Qute 3.33 cannot build a bundle of
 * more than 300 messages (its generated resolver fails verification at start-up); otherwise
 * exactly like {@link Msg}: keys {@code <page>_<what>}, one block per page, one line per key.
 */
@MessageBundle(value = "pages", locale = "en")
public interface Pages {

    // SignInResource/signin.html
    String signin_title();
    String signin_failed();
    String signin_throttled(Long minutes);
    String signin_refused();
    String signin_signed_out();
    String signin_username();
    String signin_password();
    String signin_submit();
    String signin_new_here();
    String signin_signup_link();

    // SignupResource/signup.html
    String signup_title();
    String signup_lede_before();
    String signup_code_example();
    String signup_lede_after();
    String signup_fix();
    String signup_join_code();
    String signup_display_name();
    String signup_username();
    String signup_password();
    String signup_password_hint();
    String signup_submit();
    String signup_have_account();
    String signup_sign_in();
    String signup_no_such_code();

    // QuizResource/overview.html
    String overview_checks_lesson();
    String overview_facts();
    String overview_questions();
    String overview_points();
    String overview_pass_mark();
    String overview_attempts();
    String overview_yours(Integer n);
    String overview_time_limit();
    String overview_your_time_limit(String duration);
    String overview_opens();
    String overview_due();
    String overview_closed();
    String overview_your_attempts();
    String overview_sign_in();
    String overview_instructors();
    String overview_not_tried();
    String overview_attempt();
    String overview_score();
    String overview_result();
    String overview_link();
    String overview_in_progress();
    String overview_awaiting();
    String overview_passed();
    String overview_not_passed();
    String overview_resume();
    String overview_review();
    String overview_resume_attempt(int number);
    String overview_late();
    String overview_start();
    String overview_start_new();
    String overview_opens_at(String when);
    String overview_closed_at(String when);
    String overview_used_all();

    // AttemptResource/review.html
    String review_title(String quiz);
    String review_late();
    String review_score_card();
    String review_so_far(String max);
    String review_awaiting(String pending);
    String review_of_points(String max, String percent);
    String review_passed();
    String review_not_passed();
    String review_attempt(int number);
    String review_regraded();
    String review_regraded_on();
    String review_regraded_change(String was, String wasMax, String score, String max);
    String review_question_changed(int number, String wasEarned, String wasPoints, String earned, String points);
    String review_not_shown_yet();
    String review_not_shown_now();
    String review_question(int number);
    String review_essay_awaiting(String points);
    String review_essay_graded(String earned, String points);
    String review_criteria();
    String review_criterion();
    String review_points();
    String review_earned_of(String earned, String points);
    String review_comment();
    String review_marking_notes();
    String review_right();
    String review_partly_right();
    /** What a {@code {credit=N%}} option or {@code =} line earned, {@code credit} a percent like 50 or 33.33. */
    String review_credit(String credit);
    String review_not_right();
    String review_feedback();
    String review_explanation();
    String review_see_lesson();
    String review_back();
    String review_progress();

    // ErrorResponses/error.html
    String error_back();
    String error_start_page();
    String error_sign_in();
    String error_heading_400();
    String error_heading_403();
    String error_heading_404();
    String error_heading_405();
    String error_heading_408();
    String error_heading_409();
    String error_heading_413();
    String error_heading_429();
    String error_heading_500();
    String error_heading_503();

    // AttemptResource/take.html (texts of js/attempt.js, as data attributes of the form)
    String take_js_saving();
    String take_js_saved();
    String take_js_not_saved_session();
    String take_js_not_saved(String reason);
    String take_js_not_saved_status(String status);
    String take_js_no_connection();
    String take_js_sign_in();
    String take_js_moved(String position, String total);

    String take_js_deadline_moved(String time);
    String take_js_confirm_submit(String n);

    // InstructorResource/classroom.html
    String classroom_join_code();
    String classroom_scoreboard();
    String classroom_projector();
    String classroom_gradebook();
    String classroom_privacy();
    String classroom_board_legend();
    String classroom_board_own();
    String classroom_board_own_hint();
    String classroom_board_everyone();
    String classroom_board_everyone_hint();
    String classroom_names_legend();
    String classroom_names_nickname();
    String classroom_names_nickname_hint();
    String classroom_names_full();
    String classroom_names_full_hint();
    String classroom_names_anonymous();
    String classroom_names_anonymous_hint();
    String classroom_names_staff();
    String classroom_save_privacy();
    String classroom_grading();
    String classroom_no_essays();
    String classroom_grading_caption(String className);
    String classroom_quiz();
    String classroom_to_grade();
    String classroom_graded();
    String classroom_released();
    String classroom_blind();
    String classroom_blind_hint();
    String classroom_release_legend();
    String classroom_release_as_graded();
    String classroom_release_per_quiz();
    String classroom_save_grading();
    String classroom_schedule();
    String classroom_schedule_zone();
    String classroom_schedule_server();
    String classroom_schedule_limits();
    String classroom_schedule_late();
    String classroom_schedule_refuse();
    String classroom_schedule_generous();
    String classroom_schedule_caption(String className);
    String classroom_opens();
    String classroom_closes();
    String classroom_actions();
    String classroom_opens_at(String when);
    String classroom_closes_at(String when);
    String classroom_opens_label(String quiz, String zone);
    String classroom_closes_label(String quiz, String zone);
    String classroom_save_schedule_of(String quiz);
    String classroom_save();
    String classroom_remove_schedule_of(String quiz);
    String classroom_remove();
    String classroom_time_zone();
    String classroom_time_zone_hint(String zone);
    String classroom_late_legend();
    String classroom_late_refuse();
    String classroom_late_accept();
    String classroom_save_schedule();
    String classroom_members(int n);
    String classroom_no_members();
    String classroom_signup_path();
    String classroom_no_members_after();
    String classroom_members_caption(String className);
    String classroom_name();
    String classroom_username();
    String classroom_nickname();
    String classroom_reset_of(String name);
    String classroom_reset();

    // Previews (issue 18): AttemptResource/preview.html on the quiz page and its review, the quiz
    // overview's and the content page's preview buttons
    String preview_heading();
    String preview_take_note();
    String preview_review_note();
    String preview_restart();
    String preview_delete();
    String preview_back();
    String preview_overview();
    String preview_overview_note();
    String preview_column();
    String preview_button();
    String preview_last_valid();
    String preview_none();
    String preview_unsaved();
    String export_gift();
    String export_qti();
}
