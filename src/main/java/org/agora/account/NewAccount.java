package org.agora.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a new account needs; the same rules for students and instructors, pages and API. */
@HardToGuess
public record NewAccount(
        @NotBlank(message = "Choose a username")
        @Size(min = 3, max = 32, message = "Use 3 to 32 characters")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Use letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank(message = "Choose a password")
        @Size(min = PASSWORD_MIN, max = PASSWORD_MAX, message = "Use at least 8 characters (at most 128)")
        String password,
        @NotBlank(message = "Enter your name as your instructor should see it")
        @Size(max = 100, message = "Use at most 100 characters")
        String displayName) {

    static final int PASSWORD_MIN = 8;
    static final int PASSWORD_MAX = 128;
}
