package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.ui.HeaderWidget;

/** Avatars in the header of everyone who has Tafelwerk open, which also makes this user visible to them. */
@org.springframework.stereotype.Component
class WorkspacePresenceWidget implements HeaderWidget {

    private final CurrentUser currentUser;

    WorkspacePresenceWidget(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        PresenceAvatars avatars = new PresenceAvatars(Collaborator.of(currentUser.require()), TopicId.WORKSPACE,
                "Online");
        avatars.setId("workspace-presence");
        return avatars;
    }
}
