package nl.tafelwerk.identity;

import java.util.regex.Pattern;

/** Limits of a user account; the admin form and the service check the same numbers. */
public final class UserRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 100;
    public static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9._-]+");

    private UserRules() {
    }
}
