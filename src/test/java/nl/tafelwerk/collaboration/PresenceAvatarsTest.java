package nl.tafelwerk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The avatars on a busy topic: yourself and a few others by face, the rest as a count. */
class PresenceAvatarsTest extends AbstractUiTest {

    @Autowired
    PresenceService presence;

    @Test
    void showsYourselfAndSixOthersThenHowManyMore() {
        login("voorzitter");
        TopicId topic = TopicId.item("presence-avatars-test", "VS-09");
        UI.getCurrent().add(new PresenceAvatars(new Collaborator("voorzitter", "Onafhankelijk voorzitter"), topic, "Aanwezig"));
        List<Registration> others = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            others.add(presence.announce(CollaborationScope.background(), topic, new Collaborator("lid-" + i, "Lid " + i)));
        }
        awaitAvatars(7, "+4");

        AvatarGroup group = LocatorJ._get(AvatarGroup.class);
        assertThat(group.getItems().get(0).getName()).isEqualTo("Onafhankelijk voorzitter");
        Span more = moreCount();
        assertThat(more.getElement().getAttribute("aria-label")).isEqualTo("4 anderen zijn hier ook");

        others.subList(0, 8).forEach(Registration::remove); // all at once: the engine's own presence list left ghosts here
        awaitAvatars(3, null);
        assertThat(more.isVisible()).isFalse();
        others.subList(8, 10).forEach(Registration::remove);
    }

    /** The "+N" next to the avatars (looked up hidden or not). */
    private static Span moreCount() {
        return LocatorJ._get(AvatarGroup.class).getParent().orElseThrow().getChildren()
                .filter(Span.class::isInstance).map(Span.class::cast).findFirst().orElseThrow();
    }

    private static void awaitAvatars(int avatars, String more) {
        for (int i = 0; i < 100; i++) {
            roundtrips();
            AvatarGroup group = LocatorJ._get(AvatarGroup.class);
            Span count = moreCount();
            boolean countOk = more == null ? !count.isVisible() : count.isVisible() && more.equals(count.getText());
            if (group.getItems().size() == avatars && countOk) {
                return;
            }
        }
        AvatarGroup group = LocatorJ._get(AvatarGroup.class);
        throw new AssertionError("Expected " + avatars + " avatars and " + more + " but saw "
                + group.getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList());
    }
}
