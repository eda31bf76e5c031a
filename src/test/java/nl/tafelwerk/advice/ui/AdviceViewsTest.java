package nl.tafelwerk.advice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.SectorPosition;
import nl.tafelwerk.advice.Stance;
import org.junit.jupiter.api.Test;

/** The advice views in a browserless UI: who may do what, the section lock between two screens, refusals at the field. */
class AdviceViewsTest extends AdviceUiTest {

    @Test
    void theListShowsTheAdviceAndAnUnknownIdIsNotFoundInDutch() {
        Advice advice = fixture.newAdvice("Lijst");
        login("waarnemer");
        UI.getCurrent().navigate("adviezen");
        roundtrips();
        AdviceListView list = _get(AdviceListView.class);
        assertThat(list.getPageTitle()).isEqualTo("Adviezen · Tafelwerk");
        @SuppressWarnings("unchecked")
        Grid<AdviceListView.Row> grid = _get(Grid.class, spec -> spec.withId("advices-grid"));
        assertThat(grid.getGenericDataView().getItems().map(r -> r.item().id())).contains(advice.id());
        assertThat(_find(Button.class, spec -> spec.withId("advices-new"))).allMatch(b -> !b.isVisible());

        UI.getCurrent().navigate("adviezen/999999999");
        roundtrips();
        assertThat(_find(AdviceView.class)).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withText("Niet gevonden"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withText("Advies 999999999 bestaat niet"))).hasSize(1);
    }

    @Test
    void anObserverReadsButCannotWriteSuggestOrTakePositions() {
        Advice advice = fixture.inConsultation("Waarnemer");
        login("waarnemer");
        open(advice);
        assertThat(_get(AdviceView.class).getPageTitle()).startsWith("Advies " + advice.vraagstukCode()).endsWith(" · Tafelwerk");
        for (AdviceSection s : AdviceSection.values()) {
            assertThat(section(s).isReadOnly()).as("section %s is read-only for an observer", s).isTrue();
        }
        assertThat(_find(Button.class, spec -> spec.withId("advice-save"))).as("no save for an observer").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("advice-analyse-suggest"))).as("no suggestions by an observer").isEmpty();
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("advice-position-stance"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("advice-step-VASTSTELLEN"))).isEmpty();
        assertThat(section(AdviceSection.VRAAG).getValue()).isEqualTo(advice.text(AdviceSection.VRAAG));
    }

    @Test
    void aMemberSetsOnlyTheirOwnSectorsPositionAndAReasonIsAskedAtTheField() {
        Advice advice = fixture.inConsultation("Standpunt");
        login("lid-msz");
        open(advice);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Stance> stance = _get(RadioButtonGroup.class, spec -> spec.withId("advice-position-stance"));
        assertThat(stance.getLabel()).isEqualTo("Standpunt van MSZ");
        _setValue(stance, Stance.STEUNT_NIET);
        _click(_get(Button.class, spec -> spec.withId("advice-position-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("advice-position-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Geef een toelichting");
        assertThat(advices.endorsement(advice.id()).positions()).noneMatch(p -> p.sectorCode().equals("MSZ"));

        _setValue(reason, "De planning van de ziekenhuizen laat dit niet toe");
        _click(_get(Button.class, spec -> spec.withId("advice-position-save")));
        roundtrips();
        assertThat(advices.endorsement(advice.id()).positions()).extracting(SectorPosition::sectorCode).containsExactly("MSZ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("advice-endorsement-missing")).getText()).contains("HAZ").doesNotContain("MSZ");

        UI.getCurrent().navigate("adviezen");
        login("voorzitter");
        open(advice);
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("advice-position-stance")))
                .as("the chair sets no sector's position").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("advice-endorsement-missing")).getText()).startsWith("Nog geen standpunt:");
    }

    @Test
    void theSectionLockShowsTheHolderOnTheOtherScreenAndBlocksTheirTyping() {
        Advice advice = fixture.newAdvice("Slot");
        login("voorzitter");
        open(advice);
        AdviceView chairView = _get(AdviceView.class);
        login("programmabureau");
        AdviceView officeView = new AdviceView(advices, distribution, comments, locks, currentUser);
        UI.getCurrent().add(officeView);
        officeView.open(advice);
        roundtrips();

        TextArea chairAnalyse = chairView.sectionEditor(AdviceSection.ANALYSE).textArea();
        TextArea officeAnalyse = officeView.sectionEditor(AdviceSection.ANALYSE).textArea();
        _setValue(chairAnalyse, "De voorzitter schrijft de analyse");
        roundtrips();

        assertThat(officeAnalyse.getValue()).isEqualTo("De voorzitter schrijft de analyse");
        assertThat(officeView.sectionEditor(AdviceSection.ANALYSE).isLockedHere()).isTrue();
        assertThat(officeView.sectionEditor(AdviceSection.ANALYSE).holder()).isNotNull();
        assertThat(officeView.sectionEditor(AdviceSection.ANALYSE).holder().id()).isEqualTo("voorzitter");
        assertThat(chairView.sectionEditor(AdviceSection.ANALYSE).holder()).as("the holder sees no lock").isNull();
        TextArea officeVraag = officeView.sectionEditor(AdviceSection.VRAAG).textArea();
        assertThat(officeView.sectionEditor(AdviceSection.VRAAG).isLockedHere()).as("another section stays free").isFalse();
        _setValue(officeVraag, "Het programmabureau schrijft de vraag");
        roundtrips();
        assertThat(chairView.sectionEditor(AdviceSection.VRAAG).textArea().getValue()).isEqualTo("Het programmabureau schrijft de vraag");
        assertThat(chairAnalyse.getValue()).isEqualTo("De voorzitter schrijft de analyse");
        UI.getCurrent().remove(officeView);
    }

    @Test
    void refusalsAppearAtTheFieldAndNothingSavedIsLost() {
        Advice advice = fixture.newAdvice("Weigering");
        login("voorzitter");
        open(advice);
        String savedGremium = advice.text(AdviceSection.GREMIUM);

        _setValue(section(AdviceSection.ANALYSE), "x".repeat(10 * 1024 * 1024));
        _click(_get(Button.class, spec -> spec.withId("advice-save")));
        assertThat(section(AdviceSection.ANALYSE).isInvalid()).isTrue();
        assertThat(section(AdviceSection.ANALYSE).getErrorMessage()).isEqualTo("Hoogstens 50.000 tekens");
        assertThat(advices.find(advice.id()).orElseThrow().text(AdviceSection.ANALYSE)).isEqualTo(advice.text(AdviceSection.ANALYSE));

        _setValue(section(AdviceSection.ANALYSE), "Een korte analyse");
        _setValue(section(AdviceSection.GREMIUM), "");
        _click(_get(Button.class, spec -> spec.withId("advice-save")));
        roundtrips();
        _click(_get(Button.class, spec -> spec.withId("advice-step-VASTSTELLEN")));
        _click(_get(Button.class, spec -> spec.withId("advice-step-confirm")));
        roundtrips();
        assertThat(section(AdviceSection.GREMIUM).isInvalid()).isTrue();
        assertThat(section(AdviceSection.GREMIUM).getErrorMessage()).isEqualTo("Vul deze sectie in voordat het advies wordt vastgesteld");
        assertThat(advices.find(advice.id()).orElseThrow().status()).isEqualTo(advice.status());
        assertThat(savedGremium).isNotBlank();
    }

    @Test
    void anInformedObserverFindsTheSentAdviceAndOpeningItIsAReadReceipt() {
        Advice advice = fixture.newAdvice("Ter informatie");
        fixture.actAs("voorzitter");
        Advice adopted = advices.adopt(advice.id(), advice.version());
        nl.tafelwerk.advice.Recipient informed = distribution.recipients(advice.id()).stream()
                .filter(r -> r.kind() == nl.tafelwerk.advice.RecipientKind.GEINFORMEERDE_SECTOR && !r.usernames().isEmpty())
                .findFirst().orElseThrow();
        distribution.send(advice.id(), adopted.versionNumber(),
                new nl.tafelwerk.advice.RecipientSelection(false, null, java.util.Set.of(informed.code())));
        String observer = informed.usernames().getFirst();

        login(observer);
        UI.getCurrent().navigate("adviezen/ter-informatie");
        roundtrips();
        assertThat(_get(InformedAdvicesView.class).getPageTitle()).isEqualTo("Ter informatie · Tafelwerk");
        @SuppressWarnings("unchecked")
        Grid<nl.tafelwerk.advice.InformedAdvice> list = _get(Grid.class, spec -> spec.withId("advices-informed"));
        assertThat(list.getGenericDataView().getItems().filter(i -> i.adviceId() == advice.id()))
                .singleElement().satisfies(i -> assertThat(i.read()).isFalse());

        open(adopted);
        assertThat(section(AdviceSection.VRAAG).isReadOnly()).isTrue();
        UI.getCurrent().navigate("adviezen/ter-informatie");
        roundtrips();
        @SuppressWarnings("unchecked")
        Grid<nl.tafelwerk.advice.InformedAdvice> after = _get(Grid.class, spec -> spec.withId("advices-informed"));
        assertThat(after.getGenericDataView().getItems().filter(i -> i.adviceId() == advice.id()))
                .singleElement().satisfies(i -> assertThat(i.read()).as("opening the advice recorded the read receipt").isTrue());
    }
}
