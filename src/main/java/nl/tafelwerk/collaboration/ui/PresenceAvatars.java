package nl.tafelwerk.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationAvatarGroup;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.internal.EngineUsers;

/** The avatars of everyone on a topic; showing it also marks the current user as present there. */
public class PresenceAvatars extends Composite<Div> {

    public PresenceAvatars(Collaborator me, TopicId topic, String label) {
        CollaborationAvatarGroup avatars = new CollaborationAvatarGroup(EngineUsers.toUserInfo(me), topic.value());
        avatars.setMaxItemsVisible(6);
        AvatarGroup.AvatarGroupI18n i18n = new AvatarGroup.AvatarGroupI18n()
                .setAnonymous(getTranslation("presence.anonymous"))
                .setOneActiveUser(getTranslation("presence.one"))
                .setManyActiveUsers(getTranslation("presence.many"));
        avatars.setI18n(i18n);
        getContent().addClassName("tw-presence");
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-label", label);
        getContent().add(avatars);
    }
}
