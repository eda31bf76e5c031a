package nl.tafelwerk.identity;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.tafelwerk.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** Limits of a user account; the forms and the services check the same numbers. */
public final class UserRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PASSWORD_MIN = 10;
    /**
     * BCrypt reads at most 72 bytes of a password (UTF-8, so 'é' counts two and most emoji four);
     * anything beyond would silently not count, so a longer password is refused outright.
     */
    public static final int PASSWORD_MAX_BYTES = 72;
    public static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9._-]+");
    public static final int EMAIL_MAX = 254;
    /** Deliberately plain: one @, a dot in the domain, no spaces; the mail server is the real judge. */
    public static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {
    }

    /** The e-mail address as stored (trimmed, null when blank), or a refusal for the field {@code email}. */
    public static @Nullable String email(@Nullable String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > EMAIL_MAX) {
            throw new DomainException("email", "validation.tooLong", EMAIL_MAX);
        }
        if (!EMAIL_PATTERN.matcher(trimmed).matches()) {
            throw new DomainException("email", "user.email.invalid");
        }
        return trimmed;
    }

    /**
     * What is wrong with a new password, as a refusal for {@code field}; null when it is acceptable.
     */
    public static @Nullable DomainException passwordProblem(String field, @Nullable String password) {
        if (password == null || password.isEmpty()) {
            return new DomainException(field, "validation.required");
        }
        if (password.codePointCount(0, password.length()) < PASSWORD_MIN) {
            return new DomainException(field, "password.tooShort", PASSWORD_MIN);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return new DomainException(field, "password.tooLongBytes", PASSWORD_MAX_BYTES);
        }
        return null;
    }
}
