package nl.tafelwerk.collaboration.ui;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.Presence;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.internal.EngineUsers;

/**
 * The avatars of everyone on a topic; showing it also marks the current user as present there.
 *
 * <p>Shows yourself and the first {@value #VISIBLE_AVATARS} others, then "+N": the engine's own
 * avatar group gives every UI an avatar (and its JSON) for every person present and sends all of
 * them again on each arrival, which costs memory and pushes in proportion to N² on a busy topic.
 * Presence itself is kept by {@link Presence}, which cannot leave ghosts behind.
 */
public class PresenceAvatars extends Composite<Div> {

    static final int VISIBLE_AVATARS = 6;

    private final String localId;
    private final AvatarGroup avatars = new AvatarGroup();
    private List<Collaborator> shown = List.of();
    private int hidden;

    public PresenceAvatars(Collaborator me, TopicId topic, String label) {
        this.localId = me.id();
        avatars.setMaxItemsVisible(VISIBLE_AVATARS + 2);
        avatars.setI18n(new AvatarGroup.AvatarGroupI18n()
                .setAnonymous(getTranslation("presence.anonymous"))
                .setOneActiveUser(getTranslation("presence.one"))
                .setManyActiveUsers(getTranslation("presence.many")));
        getContent().addClassName("tw-presence");
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-label", label);
        getContent().add(avatars);

        Presence.join(CollaborationScope.of(getContent()), topic, me, true, this::render);
    }

    private void render(List<Collaborator> present) {
        List<Collaborator> nowShown = Stream.concat(
                        present.stream().filter(person -> person.id().equals(localId)),
                        present.stream().filter(person -> !person.id().equals(localId)))
                .limit(VISIBLE_AVATARS + 1L).toList();
        int nowHidden = present.size() - nowShown.size();
        if (nowShown.equals(shown) && nowHidden == hidden) {
            return;
        }
        shown = nowShown;
        hidden = nowHidden;
        List<AvatarGroup.AvatarGroupItem> items = new ArrayList<>(nowShown.size() + 1);
        CollaborationEngine engine = CollaborationEngine.getInstance();
        for (Collaborator person : nowShown) {
            UserInfo user = EngineUsers.toUserInfo(person);
            AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(user.getName());
            item.setAbbreviation(user.getAbbreviation());
            item.setColorIndex(engine.getUserColorIndex(user));
            items.add(item);
        }
        if (nowHidden > 0) {
            // Everyone else as one grey "+N" avatar, named for screen readers and the tooltip.
            AvatarGroup.AvatarGroupItem others = new AvatarGroup.AvatarGroupItem(getTranslation("presence.others", nowHidden));
            others.setAbbreviation("+" + nowHidden);
            items.add(others);
        }
        avatars.setItems(items);
    }
}
