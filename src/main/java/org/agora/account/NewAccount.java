package org.agora.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a new account needs; the same rules for students and instructors, pages and API. Each
 * {@code message} is the key of its text in {@link org.agora.language.Api}, written in the language of the answer.
 */
@HardToGuess
public record NewAccount(
        @NotBlank(message = "account_username_missing")
        @Size(min = 3, max = 32, message = "account_username_length")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "account_username_chars")
        String username,
        @NotBlank(message = "account_password_missing")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "account_password_length")
        String password,
        @NotBlank(message = "account_name_missing")
        @Size(max = 100, message = "account_name_length")
        String displayName) {

    static final int PASSWORD_MIN = 8;
    static final int PASSWORD_MAX = 128;
}
