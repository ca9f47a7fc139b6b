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
}
