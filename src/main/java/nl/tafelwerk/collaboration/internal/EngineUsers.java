package nl.tafelwerk.collaboration.internal;

import com.vaadin.collaborationengine.UserInfo;
import nl.tafelwerk.collaboration.Collaborator;

/** Translates between our people and the engine's; the only place that knows the engine's user type. */
public final class EngineUsers {

    private EngineUsers() {
    }

    public static UserInfo toUserInfo(Collaborator collaborator) {
        UserInfo info = new UserInfo(collaborator.id(), collaborator.name());
        info.setAbbreviation(abbreviation(collaborator.name()));
        return info;
    }

    public static Collaborator toCollaborator(UserInfo info) {
        return new Collaborator(info.getId(), info.getName() == null ? info.getId() : info.getName());
    }

    static String abbreviation(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && letters.length() < 2) {
                letters.append(word.charAt(0));
            }
        }
        if (letters.isEmpty() && !name.isBlank()) {
            letters.append(Character.toUpperCase(name.trim().charAt(0)));
        }
        return letters.toString();
    }
}
