package org.agora.language;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The JSON API's problem texts, {@code messages/api_en.properties} and {@code api_ko.properties}:
 * the {@code title} by status, the {@code detail} and the message per field of every refusal. A
 * service picks one as a {@link Text} where it refuses, and the answer writes it in the request's
 * language, so the error pages and the forms that show a refusal say the same in the same words.
 * A bundle of its own because Qute 3.33 cannot build one of more than 300 messages; otherwise
 * exactly like {@link Msg}, with keys {@code <feature>_<what>}.
 */
@MessageBundle(value = "api", locale = "en")
public interface Api {

    // web: ErrorResponses, RoutingErrors (the problem's title, by status)
    String title_400();
    String title_401();
    String title_403();
    String title_404();
    String title_405();
    String title_406();
    String title_408();
    String title_409();
    String title_413();
    String title_415();
    String title_417();
    String title_429();
    String title_500();
    String title_503();
    // web: ErrorResponses, RoutingErrors, RequestHeaders, SameOrigin, WholeBodies (details)
    String problem_400();
    String problem_403();
    String problem_404();
    String problem_405();
    String problem_408();
    String problem_413();
    String problem_417();
    String problem_refused(String title);
    String problem_sign_in_form();

    String problem_upload_unreadable();
    String problem_500();
    String problem_503();
    String problem_form_refused();
    String problem_bad_json();
    String problem_api_body();
    String problem_session_ended();
    String problem_sign_in_first();
    String problem_throttled(long minutes);
    String problem_some_fields();
    String problem_host();
    String problem_no_body(String method);
    String problem_header(String why);
    String problem_charset();
    String problem_multipart();
    String problem_api_json();
    String problem_form_only();
    String problem_cross_site();
    String problem_nul();
    String problem_form_escape();
    String problem_no_language(String tag, String tags);
    // A request body of the wrong shape: {shape} is its JSON, which stays as it is
    String send_shape(String shape);
    String send_each_may_be_null(String shape);
    String send_instants(String shape);
    // account: AccountService, NewAccount, HardToGuess
    String account_username_taken(String username);
    String account_no_such();
    String account_no_such_instructor();
    String account_nickname();
    String account_username_missing();
    String account_username_length();
    String account_username_chars();
    String account_password_missing();
    String account_password_length();
    String account_name_missing();
    String account_name_length();
    String account_password_guessable();
    String account_password_is_username();
    String account_password_common();
    // classroom: ClassroomService
    String classroom_code_missing();
    String classroom_name();
    String classroom_no_such_code(String code);
    String classroom_own_row();
    String classroom_privacy();
    String classroom_board();
    String classroom_release();
    // content: QuizCatalog, LessonService, ProgressService, ScoreboardResource
    String content_no_quiz(String id);
    String content_no_lesson(String id);
    // attempt: AttemptService, QuizVersions
    String attempt_opens_at(String instant, String shown);
    String attempt_closed_at(String instant, String shown);
    String attempt_none_left(int allowed);
    String attempt_none_left_granted(int allowed, int own, int granted);
    String attempt_just_started();
    String attempt_no_question(String id);
    String attempt_time_up();
    String attempt_submitted();
    String attempt_no_such();
    String attempt_updating();
    String attempt_no_version(String hash);
    // attempt: Answers (an answer that does not fit its question)
    String answer_for(String why, String question);
    String answer_one_kind();
    String answer_shape(String type, String shape);
    String answer_order_shape(String shape);
    String answer_essay_shape(String shape);
    String answer_distinct();
    String answer_at_most_one();
    String answer_text_long(int max);
    String answer_order_all();
    String answer_essay_long(int max);
    String answer_essay_words(int words, int saved);
    String answer_pairs();
    // regrade: RegradeService
    String regrade_dry_run();
    String regrade_mode(String choices);
    String regrade_questions();
    String regrade_full_credit();
    String regrade_changed(String version);
    String regrade_no_question(String id);
    String regrade_busy();
    // grading: Marks, GradingService, GradingPages
    String grading_no_rubric();
    String grading_each_criterion(int n);
    String grading_not_sum(String points, String total);
    String grading_give_points(String max);
    String grading_range(String max);
    String grading_steps();
    String grading_decimals();
    String grading_comment_long(int max);
    String grading_no_grade();
    String grading_graded_again(String grader, String at, int version);
    String grading_no_attempt(String id);
    String grading_no_question(String id);
    String grading_damaged();
    String grading_not_points(String text);
    // learner: AccommodationService, LearnerRecordService, LearnerAccess, LearnerResource
    String learner_extra_time(int max);
    String learner_unlimited_attempts();
    String learner_attempts_range(int own, int max);
    String learner_time_limit();
    String learner_closes_after_opens(String opens);
    String learner_no_attempt();
    String learner_name_quiz();
    String learner_nothing_to_grant();
    String learner_still_open();
    String learner_essay_grades();
    String learner_regraded();
    String learner_other_open(int number);
    String learner_until_missing();
    String learner_until_format();
    String learner_until_past();
    String learner_until_far();
    String learner_no_learner(String username);
    String learner_whole_number(String value);
    // schedule: ScheduleService
    String schedule_closes_after();
    String schedule_late_work();
    String schedule_zone(String zone);
    String schedule_local(String value);
    String schedule_instant(String value);
}
