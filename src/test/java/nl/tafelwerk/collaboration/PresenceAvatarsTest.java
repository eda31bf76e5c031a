package nl.tafelwerk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
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
        // Yourself first, then six others (in the order they came, which varies here), then "+4".
        List<String> names = awaitAvatars(8);
        assertThat(names.get(0)).isEqualTo("Onafhankelijk voorzitter");
        assertThat(names.subList(1, 7)).doesNotHaveDuplicates().allMatch(name -> name.startsWith("Lid "));
        assertThat(names.get(7)).isEqualTo("4 anderen zijn hier ook");
        assertThat(LocatorJ._get(AvatarGroup.class).getItems().get(7).getAbbreviation()).isEqualTo("+4");

        others.subList(0, 8).forEach(Registration::remove); // all at once: the engine's own presence list left ghosts here
        names = awaitAvatars(3);
        assertThat(names.get(0)).isEqualTo("Onafhankelijk voorzitter");
        assertThat(names.subList(1, 3)).containsExactlyInAnyOrder("Lid 9", "Lid 10");
        others.subList(8, 10).forEach(Registration::remove);
    }

    private static List<String> awaitAvatars(int count) {
        List<String> shown = List.of();
        for (int i = 0; i < 100; i++) {
            roundtrips();
            shown = LocatorJ._get(AvatarGroup.class).getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
            if (shown.size() == count) {
                roundtrips(); // and nothing more arriving
                return LocatorJ._get(AvatarGroup.class).getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
            }
        }
        throw new AssertionError("Expected " + count + " avatars but saw " + shown);
    }
}
