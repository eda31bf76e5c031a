package nl.tafelwerk.collaboration;

import nl.tafelwerk.identity.AuthenticatedUser;

/** A person as the collaboration features show them: a stable id (the user name) and a display name. */
public record Collaborator(String id, String name) {

    public static Collaborator of(AuthenticatedUser user) {
        return new Collaborator(user.username(), user.displayName());
    }
}
