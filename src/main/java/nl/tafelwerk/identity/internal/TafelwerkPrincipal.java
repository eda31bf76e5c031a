package nl.tafelwerk.identity.internal;

import nl.tafelwerk.identity.AuthenticatedUser;

/**
 * What every way of logging in leaves in the security context (the login form and single sign-on), so
 * {@link nl.tafelwerk.identity.CurrentUser} and method security see the same user whichever way was used.
 */
public interface TafelwerkPrincipal {

    AuthenticatedUser user();
}
