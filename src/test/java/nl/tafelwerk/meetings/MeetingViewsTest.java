package nl.tafelwerk.meetings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import nl.tafelwerk.AbstractUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The meeting views as users meet them: Dutch messages at the field, decisions and minutes saved from meeting mode. */
class MeetingViewsTest extends AbstractUiTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    UserDetailsService users;

    @Test
    void aMeetingInThePastIsRefusedBesideTheStartField() {
        login("programmabureau");
        UI.getCurrent().navigate("vergaderingen");
        roundtrips();
        DateTimePicker starts = _get(DateTimePicker.class, spec -> spec.withId("meeting-starts"));
        starts.setValue(LocalDateTime.now().minusDays(2).withNano(0));
        _get(DateTimePicker.class, spec -> spec.withId("meeting-ends")).setValue(LocalDateTime.now().minusDays(2).plusHours(2).withNano(0));
        _get(TextField.class, spec -> spec.withId("meeting-place")).setValue("Utrecht");
        _click(_get(Button.class, spec -> spec.withId("meeting-plan")));
        assertThat(starts.isInvalid()).isTrue();
        assertThat(starts.getErrorMessage()).isEqualTo("Een vergadering kan niet in het verleden beginnen. Kies een moment in de toekomst.");
    }

    @Test
    void theChairRecordsADecisionAndWritesTheMinutesInMeetingMode() {
        Meeting m = running();
        login("voorzitter");
        UI.getCurrent().navigate("vergaderingen/" + m.id() + "/vergadermodus");
        roundtrips();
        _get(TextField.class, spec -> spec.withId("decision-text")).setValue("Notitie wordt verspreid");
        _click(_get(Button.class, spec -> spec.withId("decision-record")));
        assertThat(meetings.decisions(m.id())).extracting(Decision::text).containsExactly("Notitie wordt verspreid");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("meeting-decisions")).getElement().getTextRecursively())
                .contains("Notitie wordt verspreid");

        _get(TextField.class, spec -> spec.withId("action-description")).setValue("Notitie verspreiden");
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        ComboBox<?> owner = _get(ComboBox.class, spec -> spec.withId("action-owner"));
        assertThat(owner.isInvalid()).isTrue();
        assertThat(owner.getErrorMessage()).isEqualTo("Een actie heeft een eigenaar nodig. Kies wie de actie uitvoert.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("action-due")).isInvalid()).isFalse();

        // the untouched minutes are refilled when the engine delivers the "changed" announcement: asynchronously
        roundtrips();
        TextArea minutes = _get(TextArea.class, spec -> spec.withId("minutes-text"));
        assertThat(minutes.getValue()).contains("Besluit: Notitie wordt verspreid");
        minutes.setValue(minutes.getValue() + "\nDe tafel dankt de werkgroep.");
        _click(_get(Button.class, spec -> spec.withId("minutes-save")));
        long item = m.items().getFirst().id();
        assertThat(meetings.minutes(m.id(), item).text()).contains("Besluit: Notitie wordt verspreid")
                .endsWith("De tafel dankt de werkgroep.");
    }

    @Test
    void anObserverDownloadsTheMinutesAsPdfAndWordFromTheMinutesPage() throws Exception {
        Meeting m = running();
        long item = m.items().getFirst().id();
        meetings.recordDecision(m.id(), item, "Notitie vastgesteld", null, DecisionOutcome.KENNISGENOMEN);
        meetings.saveMinutes(m.id(), item, "De werkgroep **licht toe**.", meetings.minutes(m.id(), item).version());
        login("waarnemer");
        UI.getCurrent().navigate("vergaderingen/" + m.id() + "/verslag");
        roundtrips();

        Anchor pdfLink = _get(Anchor.class, spec -> spec.withId("minutes-download-pdf"));
        assertThat(pdfLink.getElement().getTextRecursively()).isEqualTo("Verslag als PDF");
        String pdf = MinutesExportTest.pdfText(DownloadKt.download(pdfLink));
        assertThat(pdf).contains("Notitie vastgesteld", "De werkgroep licht toe.", "Concept — nog niet vastgesteld");

        Anchor docxLink = _get(Anchor.class, spec -> spec.withId("minutes-download-docx"));
        assertThat(docxLink.getElement().getTextRecursively()).isEqualTo("Verslag als Word");
        assertThat(MinutesExportTest.docxText(DownloadKt.download(docxLink))).contains("Notitie vastgesteld",
                "De werkgroep licht toe.");
    }

    private Meeting running() {
        login("programmabureau");
        LocalDateTime start = MeetingTestSupport.freeDay().plusYears(10);
        Meeting m = meetings.plan(new NewMeeting(start, start.plusHours(1), "Online"));
        meetings.addItem(m.id(), new NewAgendaItem(AgendaItemKind.OVERIG, null, "Notitie werkgroep", null, 10));
        meetings.take(m.id(), MeetingStep.AGENDA_VASTSTELLEN);
        meetings.take(m.id(), MeetingStep.STUKKEN_VERZENDEN);
        login("voorzitter");
        return meetings.take(m.id(), MeetingStep.OPENEN);
    }
}
