package nl.tafelwerk.agenda;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.agenda.ui.ProjectionView;
import nl.tafelwerk.agenda.ui.VoorraadagendaView;
import nl.tafelwerk.agenda.ui.VraagstukView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the catalogue
class AgendaViewsTest extends AbstractUiTest {

    @Autowired
    VraagstukService service;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void theAgendaListsFiltersAndCounts() {
        login("waarnemer");
        UI.getCurrent().navigate(VoorraadagendaView.class);
        roundtrips();
        @SuppressWarnings("unchecked")
        Grid<VraagstukListItem> grid = _get(Grid.class, spec -> spec.withId("agenda-grid"));
        long total = service.count(VraagstukFilter.ALL);
        assertThat(GridKt._size(grid)).isEqualTo((int) total);
        assertThat(GridKt._get(grid, 0).position()).isLessThanOrEqualTo(GridKt._get(grid, 1).position());
        assertThat(_get(Span.class, spec -> spec.withId("agenda-count")).getText()).isEqualTo(total + " vraagstukken");

        _get(TextField.class, spec -> spec.withId("agenda-search")).setValue("Mitz");
        int shown = GridKt._size(grid);
        assertThat(shown).isPositive().isLessThan((int) total);
        assertThat(_get(Span.class, spec -> spec.withId("agenda-count")).getText())
                .isEqualTo(total + " vraagstukken, " + (total - shown) + " gefilterd");
        assertThat(_find(Button.class, spec -> spec.withId("agenda-new"))).as("observers submit nothing").isEmpty();
        assertThat(_get(VoorraadagendaView.class).getPageTitle()).isEqualTo("Voorraadagenda · Tafelwerk");
    }

    @Test
    void aDeepLinkOpensTheEditorAndAnUnknownCodeIsNotFound() {
        login("lid-msz");
        UI.getCurrent().navigate(VraagstukView.class, new RouteParameters("code", "VS-01"));
        roundtrips();
        assertThat(_get(VraagstukView.class).getPageTitle()).startsWith("VS-01 ").endsWith(" · Tafelwerk");
        assertThat(_get(TextField.class, spec -> spec.withId("vraagstuk-title")).isReadOnly())
                .as("a member cannot edit an item on the agenda").isTrue();

        UI.getCurrent().navigate("voorraadagenda/VS-9999");
        roundtrips();
        assertThat(_find(VraagstukView.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Niet gevonden"))).hasSize(1);
    }

    @Test
    void theChairSavesAndAStaleSaveShowsBothValues() {
        AgendaTestSupport support = new AgendaTestSupport(userDetails, service);
        Vraagstuk v = support.fresh(VraagstukStatus.OP_VOORRAADAGENDA, "UI-conflict");
        login("voorzitter");
        UI.getCurrent().navigate(VraagstukView.class, new RouteParameters("code", v.code()));
        roundtrips();
        TextField title = _get(TextField.class, spec -> spec.withId("vraagstuk-title"));
        Span state = _get(Span.class, spec -> spec.withId("vraagstuk-save-state"));
        title.setValue("UI-conflict, scherper geformuleerd");
        assertThat(state.getElement().getAttribute("data-state")).isEqualTo("dirty");
        _click(_get(Button.class, spec -> spec.withId("vraagstuk-save")));
        assertThat(service.find(v.code()).orElseThrow().title()).isEqualTo("UI-conflict, scherper geformuleerd");
        assertThat(state.getElement().getAttribute("data-state")).isEqualTo("saved");

        // someone else saves behind this UI's back (no live message: the other user is outside this test's UI)
        support.actAs("programmabureau");
        Vraagstuk latest = service.find(v.code()).orElseThrow();
        service.update(v.code(), latest.toDraft().withTitle("Titel van het programmabureau"));
        login("voorzitter");

        title.setValue("Titel van de voorzitter");
        _click(_get(Button.class, spec -> spec.withId("vraagstuk-save")));
        Dialog conflict = _get(Dialog.class, spec -> spec.withId("agenda-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(state.getElement().getAttribute("data-state")).isEqualTo("conflict");
        @SuppressWarnings("unchecked")
        Grid<Object> differences = _get(Grid.class, spec -> spec.withId("agenda-conflict-grid"));
        assertThat(GridKt._getFormattedRow(differences, 0)).containsExactly("Titel", "Titel van de voorzitter",
                "Titel van het programmabureau");
        assertThat(title.getValue()).as("nothing typed is lost").isEqualTo("Titel van de voorzitter");
        assertThat(service.find(v.code()).orElseThrow().title()).isEqualTo("Titel van het programmabureau");

        _click(_get(Button.class, spec -> spec.withId("agenda-conflict-keep-mine")));
        assertThat(service.find(v.code()).orElseThrow().title()).isEqualTo("Titel van de voorzitter");
    }

    @Test
    void emptyTitleIsRefusedBesideTheField() {
        AgendaTestSupport support = new AgendaTestSupport(userDetails, service);
        Vraagstuk v = support.fresh(VraagstukStatus.INGEDIEND, "Leeg maken");
        login("lid-haz");
        UI.getCurrent().navigate(VraagstukView.class, new RouteParameters("code", v.code()));
        roundtrips();
        TextField title = _get(TextField.class, spec -> spec.withId("vraagstuk-title"));
        assertThat(title.isReadOnly()).as("own sector's draft").isFalse();
        title.setValue("");
        _click(_get(Button.class, spec -> spec.withId("vraagstuk-save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Dit veld is verplicht");
        title.setValue("x".repeat(Vraagstuk.TITLE_MAX + 1));
        _click(_get(Button.class, spec -> spec.withId("vraagstuk-save")));
        assertThat(title.getErrorMessage()).isEqualTo("Hoogstens 200 tekens");
        assertThat(service.find(v.code()).orElseThrow().version()).isEqualTo(v.version());
    }

    @Test
    void aMemberSubmitsAndTheProgrammeOfficeScreensAndSendsBackWithAReason() {
        login("lid-vws");
        UI.getCurrent().navigate(VoorraadagendaView.class);
        roundtrips();
        _click(_get(Button.class, spec -> spec.withId("agenda-new")));
        _get(TextField.class, spec -> spec.withId("submit-title")).setValue("Landelijke authenticatie voor zorgverleners");
        @SuppressWarnings("unchecked")
        ComboBox<VraagstukType> type = _get(ComboBox.class, spec -> spec.withId("submit-type"));
        type.setValue(VraagstukType.GENERIEKE_FUNCTIES);
        _click(_get(Button.class, spec -> spec.withId("submit-save")));
        roundtrips();
        VraagstukView editor = _get(VraagstukView.class);
        String code = editor.getPageTitle().split(" ")[0];
        Vraagstuk submitted = service.find(code).orElseThrow();
        assertThat(submitted.submittedBySector()).isEqualTo("VWS");
        assertThat(submitted.status()).isEqualTo(VraagstukStatus.INGEDIEND);

        login("programmabureau");
        UI.getCurrent().navigate(VoorraadagendaView.class);
        UI.getCurrent().navigate(VraagstukView.class, new RouteParameters("code", code));
        roundtrips();
        _click(_get(Button.class, spec -> spec.withId("action-in-toetsing-nemen")));
        assertThat(service.find(code).orElseThrow().status()).isEqualTo(VraagstukStatus.IN_TOETSING);
        assertThat(_find(Button.class, spec -> spec.withId("vraagstuk-screening-save"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("action-terugsturen")));
        _click(_get(Button.class, spec -> spec.withId("agenda-reason-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("agenda-reason")).isInvalid()).as("reason is mandatory").isTrue();
        _get(TextArea.class, spec -> spec.withId("agenda-reason")).setValue("Graag de betrokken sectoren aanvullen");
        _click(_get(Button.class, spec -> spec.withId("agenda-reason-confirm")));
        Vraagstuk back = service.find(code).orElseThrow();
        assertThat(back.status()).isEqualTo(VraagstukStatus.TERUG_NAAR_INDIENER);
        assertThat(back.statusReason()).isEqualTo("Graag de betrokken sectoren aanvullen");
        List<String> history = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("tw-history-line"))
                .stream().map(d -> d.getElement().getTextRecursively()).toList();
        assertThat(history.getFirst()).contains("Status: In toetsing → Terug naar indiener")
                .contains("Reden: Graag de betrokken sectoren aanvullen");
    }

    @Test
    void anObserverReadsOnly() {
        login("waarnemer");
        UI.getCurrent().navigate(VraagstukView.class, new RouteParameters("code", "VS-02"));
        roundtrips();
        assertThat(_get(TextField.class, spec -> spec.withId("vraagstuk-title")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("vraagstuk-save"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withId("vraagstuk-actions")))
                .as("no lifecycle steps for an observer").isEmpty();
    }

    @Test
    void theProjectionShowsTheAgreedOrderWithStatusText() {
        login("voorzitter");
        UI.getCurrent().navigate(ProjectionView.class);
        roundtrips();
        assertThat(_get(ProjectionView.class).getPageTitle()).isEqualTo("Voorraadagenda (projectie) · Tafelwerk");
        assertThat(_find(Span.class, spec -> spec.withClasses("tw-status"))).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getElement().getTextRecursively()).isNotBlank());
    }
}
