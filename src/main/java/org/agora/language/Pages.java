package org.agora.language;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the sign-in, sign-up, quiz overview, attempt review, error and class pages, and the
 * quiz page's script, {@code {pages:key}} in templates, from {@code messages/pages_en.properties}
 * and {@code pages_ko.properties}. A bundle of its own because Qute 3.33 cannot build a bundle of
 * more than 300 messages (its generated resolver fails verification at start-up); otherwise
 * exactly like {@link Msg}: keys {@code <page>_<what>}, one block per page, one line per key.
 */
@MessageBundle(value = "pages", locale = "en")
public interface Pages {

    // SignInResource/signin.html
    String signin_title();
    String signin_failed();
    String signin_throttled(long minutes);
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
}
