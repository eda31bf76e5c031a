package nl.tafelwerk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import org.junit.jupiter.api.Test;

/** Two people editing one form through {@link CoEditedForm}, in one browserless UI. */
class CoEditedFormTest extends AbstractUiTest {

    private static final Collaborator CHAIR = new Collaborator("voorzitter", "Onafhankelijk voorzitter");
    @org.springframework.beans.factory.annotation.Autowired
    CollaborationLoad load;

    private static final Collaborator OFFICE = new Collaborator("programmabureau", "Secretaris programmabureau");

    enum Urgency { LAAG, HOOG }

    public static class Draft {
        private String title = "";
        private Urgency urgency;
        private LocalDate meeting;
        private Set<String> sectors = new LinkedHashSet<>();

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Urgency getUrgency() { return urgency; }
        public void setUrgency(Urgency urgency) { this.urgency = urgency; }
        public LocalDate getMeeting() { return meeting; }
        public void setMeeting(LocalDate meeting) { this.meeting = meeting; }
        public Set<String> getSectors() { return sectors; }
        public void setSectors(Set<String> sectors) { this.sectors = sectors; }
    }

    /** The fields of one person's form. */
    private static final class Editor {
        final TextField title = new TextField("Titel");
        final Select<Urgency> urgency = new Select<>();
        final DatePicker meeting = new DatePicker("Vergadering");
        final MultiSelectComboBox<String> sectors = new MultiSelectComboBox<>("Sectoren");
        final CoEditedForm<Draft> form;

        Editor(Collaborator me) {
            urgency.setItems(Urgency.values());
            sectors.setItems("HAZ", "MSZ", "LZ");
            form = new CoEditedForm<>(Draft.class, me);
            form.forField(title).bind("title");
            form.forField(urgency).bind("urgency");
            form.forField(meeting).bind("meeting");
            form.forSetField(sectors, String.class).bind("sectors");
            UI.getCurrent().add(title, urgency, meeting, sectors);
        }
    }

    @Test
    void valuesOfEveryKindReachTheOtherEditorAndLateJoinersTakeTheLiveValues() {
        TopicId topic = TopicId.item("form-test", "kinds");
        Draft saved = new Draft();
        saved.setTitle("Opgeslagen titel");
        Editor chair = new Editor(CHAIR);
        chair.form.connect(topic, () -> saved);
        roundtrips();
        assertThat(chair.title.getValue()).isEqualTo("Opgeslagen titel");

        chair.title.setValue("Titel uit de vergadering");
        chair.urgency.setValue(Urgency.HOOG);
        chair.meeting.setValue(LocalDate.of(2027, 2, 11));
        chair.sectors.setValue(Set.of("HAZ", "LZ"));
        roundtrips();

        Editor office = new Editor(OFFICE);
        office.form.connect(topic, () -> saved); // the saved bean is older than what is on the table now
        roundtrips();
        assertThat(office.title.getValue()).isEqualTo("Titel uit de vergadering");
        assertThat(office.urgency.getValue()).isEqualTo(Urgency.HOOG);
        assertThat(office.meeting.getValue()).isEqualTo(LocalDate.of(2027, 2, 11));
        assertThat(office.sectors.getValue()).containsExactlyInAnyOrder("HAZ", "LZ");

        office.sectors.setValue(Set.of("MSZ"));
        office.meeting.clear();
        roundtrips();
        assertThat(chair.sectors.getValue()).containsExactly("MSZ");
        assertThat(chair.meeting.getValue()).isNull();
        chair.form.disconnect();
        office.form.disconnect();
    }

    @Test
    void aReceivedValueIsNotSentBackToTheTopic() {
        TopicId topic = TopicId.item("form-test", "echo");
        List<Editor> editors = List.of(new Editor(CHAIR), new Editor(OFFICE), new Editor(new Collaborator("waarnemer", "Waarnemer")),
                new Editor(new Collaborator("lid-haz", "Lid HAZ")), new Editor(new Collaborator("lid-lz", "Lid LZ")));
        editors.forEach(editor -> editor.form.connect(topic, Draft::new));
        roundtrips();
        Editor chair = editors.get(0);
        long before = load.deliveries();

        chair.title.setValue("Eén wijziging");
        roundtrips();

        editors.forEach(editor -> assertThat(editor.title.getValue()).isEqualTo("Eén wijziging"));
        // The engine hands one change to each form in two steps (the change, then the form's
        // listener), plus two for the sender's own put. Its own binder put every received value
        // back on the topic: 4 more changes, each handed to all 5 forms (40 deliveries in all).
        long deliveries = load.deliveries() - before;
        assertThat(deliveries).isLessThanOrEqualTo(2L * editors.size() + 2);
        editors.forEach(editor -> editor.form.disconnect());
    }
}
