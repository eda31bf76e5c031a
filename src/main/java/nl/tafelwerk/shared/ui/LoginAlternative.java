package nl.tafelwerk.shared.ui;

/**
 * Another way to log in, offered on the login page next to the user name and password (single sign-on).
 * Only present when it is configured.
 */
public interface LoginAlternative {

    /** The name people know the provider by, e.g. "Keycloak" or "Microsoft". */
    String providerName();

    /** Where the browser goes to start logging in this way (a full page load, not a Vaadin route). */
    String startPath();
}
