package nl.tafelwerk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.ScreeningGates;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukDraft;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukType;
import nl.tafelwerk.agenda.ui.VraagstukForm;
import nl.tafelwerk.agenda.ui.VraagstukView;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import nl.tafelwerk.buildingblocks.BouwsteenChange;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.NewBouwsteen;
import nl.tafelwerk.buildingblocks.ui.BouwsteenDraft;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import nl.tafelwerk.meetings.TableProfile;
import nl.tafelwerk.meetings.TableProfileChange;
import nl.tafelwerk.meetings.TableProfileService;
import nl.tafelwerk.meetings.ui.ProfileDraft;
import nl.tafelwerk.meetings.ui.TableProfileView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three co-edited views on the one editor: 'take theirs' from the conflict dialog stays with the
 * person who took it (another co-editor on the same form keeps what is being typed), and a refusal
 * by the service appears at the field it names.
 */
@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the vraagstukken and bouwstenen
class CoEditedViewsTest extends AbstractUiTest {

    private static final Collaborator WATCHER = new Collaborator("lid-haz", "Lid HAZ");

    @Autowired
    TableProfileService profiles;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    BouwsteenService bouwstenen;

    /** A second person's form on the same topic, to see what the view shares. */
    private static <T> TextField watch(Class<T> formType, String property, TopicId topic) {
        TextField field = new TextField();
        CoEditedForm<T> form = new CoEditedForm<>(formType, WATCHER);
        form.forField(field).bind(property);
        UI.getCurrent().add(field);
        form.connect(topic, () -> null);
        return field;
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void tableProfile() {
        login("programmabureau");
        UI.getCurrent().navigate(TableProfileView.class);
        roundtrips();
        TextField watcher = watch(ProfileDraft.class, "name", TopicId.of("table-profile"));
        TextField name = field("profile-name");
        String original = name.getValue();
        name.setValue("Naam in de vergadering getypt");
        roundtrips();
        assertThat(watcher.getValue()).isEqualTo("Naam in de vergadering getypt");

        TableProfile now = profiles.current();
        profiles.save(new TableProfileChange("Naam uit een ander venster", now.purpose(), now.meetingCadence(),
                now.nextMeetingDate(), now.memberNotice(), now.seats(), now.version()));
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        _click(_get(Button.class, spec -> spec.withId("conflict-take-theirs")));
        roundtrips();
        assertThat(name.getValue()).isEqualTo("Naam uit een ander venster");
        assertThat(watcher.getValue()).as("taken from the conflict, not shared").isEqualTo("Naam in de vergadering getypt");

        name.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Dit veld is verplicht");

        TableProfile latest = profiles.current();
        profiles.save(new TableProfileChange(original, latest.purpose(), latest.meetingCadence(), latest.nextMeetingDate(),
                latest.memberNotice(), latest.seats(), latest.version()));
    }

    @Test
    void vraagstuk() {
        Vraagstuk v = onTheAgenda("Co-editor vraagstuk " + System.nanoTime());
        login("voorzitter");
        UI.getCurrent().navigate(VraagstukView.class, new RouteParameters("code", v.code()));
        roundtrips();
        TextField watcher = watch(VraagstukForm.class, "title", TopicId.item("vraagstuk", v.code()));
        TextField title = field("vraagstuk-title");
        title.setValue("Titel in de vergadering getypt");
        roundtrips();
        assertThat(watcher.getValue()).isEqualTo("Titel in de vergadering getypt");

        Vraagstuk now = vraagstukken.find(v.code()).orElseThrow();
        vraagstukken.update(v.code(), now.toDraft().withTitle("Titel uit een ander venster"));
        _click(_get(Button.class, spec -> spec.withId("vraagstuk-save")));
        _click(_get(Button.class, spec -> spec.withId("agenda-conflict-take-theirs")));
        roundtrips();
        assertThat(title.getValue()).isEqualTo("Titel uit een ander venster");
        assertThat(watcher.getValue()).as("taken from the conflict, not shared").isEqualTo("Titel in de vergadering getypt");

        title.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("vraagstuk-save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Dit veld is verplicht");
    }

    @Test
    void bouwsteen() {
        String code = "CE-" + (System.nanoTime() % 100000);
        login("programmabureau");
        Bouwsteen created = bouwstenen.propose(new NewBouwsteen(code, "Eerste naam", null, "norm", List.of()));
        login("voorzitter");
        UI.getCurrent().navigate("bouwstenen/" + code);
        roundtrips();
        TextField watcher = watch(BouwsteenDraft.class, "name", TopicId.item("bouwsteen", code));
        TextField name = field("bouwsteen-name");
        name.setValue("Naam in de vergadering getypt");
        roundtrips();
        assertThat(watcher.getValue()).isEqualTo("Naam in de vergadering getypt");

        bouwstenen.save(code, new BouwsteenChange("Naam uit een ander venster", null, "norm", null, null, null, null, List.of(),
                null, Map.of(), null, null, created.version()));
        _click(_get(Button.class, spec -> spec.withId("bouwsteen-save")));
        _click(_get(Button.class, spec -> spec.withId("conflict-take-theirs")));
        roundtrips();
        assertThat(name.getValue()).isEqualTo("Naam uit een ander venster");
        assertThat(watcher.getValue()).as("taken from the conflict, not shared").isEqualTo("Naam in de vergadering getypt");

        TextField owner = field("bouwsteen-owner");
        owner.setValue("x".repeat(Bouwsteen.OWNER_MAX + 1));
        _click(_get(Button.class, spec -> spec.withId("bouwsteen-save")));
        assertThat(owner.isInvalid()).isTrue();
        assertThat(owner.getErrorMessage()).isEqualTo("Hoogstens " + Bouwsteen.OWNER_MAX + " tekens");
    }

    /** A new vraagstuk submitted by lid-haz and admitted to the agenda, so the chair may edit it. */
    private Vraagstuk onTheAgenda(String title) {
        login("lid-haz");
        Vraagstuk v = vraagstukken.submit(VraagstukDraft.of(title, VraagstukType.GENERIEKE_FUNCTIES, "HAZ"));
        login("programmabureau");
        v = vraagstukken.transition(v.code(), LifecycleAction.IN_TOETSING_NEMEN, null, v.version());
        v = vraagstukken.screen(v.code(), vraagstukken.screeningGates().stream().map(ScreeningGates.Gate::code).collect(java.util.stream.Collectors.toSet()), v.version());
        login("voorzitter");
        return vraagstukken.transition(v.code(), LifecycleAction.TOELATEN, null, v.version());
    }
}
