package org.agora.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A chosen password is not one that guessers try first: not on the shipped list of the most common
 * passwords ({@code common-passwords.txt}, compared in lower case), and not the username. Reported
 * on the {@code password} field; a password the field's own rules refuse is left to them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HardToGuess.Check.class)
public @interface HardToGuess {

    String message() default "account_password_guessable";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<HardToGuess, NewAccount> {

        private static final Set<String> COMMON = load();

        @Override
        public boolean isValid(NewAccount account, ConstraintValidatorContext context) {
            String why = refusal(account.username(), account.password());
            if (why == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(why).addPropertyNode("password").addConstraintViolation();
            return false;
        }

        /** Why the password is too easy to guess (the key of its text in {@link org.agora.language.Api}), or null when it is not. */
        static String refusal(String username, String password) {
            if (password == null || password.length() < NewAccount.PASSWORD_MIN || password.length() > NewAccount.PASSWORD_MAX) {
                return null; // the field's own message says what to do
            }
            String p = password.strip().toLowerCase(Locale.ROOT);
            if (username != null && p.equals(username.strip().toLowerCase(Locale.ROOT))) {
                return "account_password_is_username";
            }
            if (COMMON.contains(p)) {
                return "account_password_common";
            }
            return null;
        }

        private static Set<String> load() {
            try (InputStream in = HardToGuess.class.getResourceAsStream("/common-passwords.txt")) {
                if (in == null) {
                    throw new IllegalStateException("common-passwords.txt is missing from the application");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
