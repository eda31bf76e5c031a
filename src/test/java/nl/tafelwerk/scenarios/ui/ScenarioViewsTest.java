package nl.tafelwerk.scenarios.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.scenarios.ScenarioService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scenario views as users meet them: rights, a refused input kept in place, and the chair's preference. */
@org.springframework.transaction.annotation.Transactional // rolled back: the demo scenarios stay as seeded
class ScenarioViewsTest extends AbstractUiTest {

    @Autowired
    ScenarioService service;

    @Test
    void aMemberWhoseSectorIsNotInvolvedReadsButCannotEdit() {
        login("lid-vws");
        UI.getCurrent().navigate(ScenarioView.class, new RouteParameters("code", "SC-01"));
        assertThat(_get(ScenarioView.class).getPageTitle()).isEqualTo("SC-01 · Scenario · Tafelwerk");
        assertThat(_get(TextField.class, spec -> spec.withId("scenario-name")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("scenario-save"))).as("no visible save").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("scenario-money-add"))).as("no visible add").isEmpty();
    }

    @Test
    void aNonNumericAmountIsRefusedAtItsFieldAndTheDialogKeepsTheInput() {
        login("lid-msz");
        UI.getCurrent().navigate(ScenarioView.class, new RouteParameters("code", "SC-02"));
        _click(_get(Button.class, spec -> spec.withId("scenario-money-add")));
        _get(TextField.class, spec -> spec.withId("scenario-money-party")).setValue("MSZ");
        TextField amount = _get(TextField.class, spec -> spec.withId("scenario-money-amount"));
        amount.setValue("twaalf miljoen");
        _click(_get(Button.class, spec -> spec.withId("scenario-money-dialog-save")));

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Vul een bedrag in euro's in, bijvoorbeeld 1.250.000 of 1250000,50");
        assertThat(_get(TextField.class, spec -> spec.withId("scenario-money-party")).getValue()).isEqualTo("MSZ");

        amount.setValue("1.250.000,50");
        _click(_get(Button.class, spec -> spec.withId("scenario-money-dialog-save")));
        assertThat(_find(TextField.class, spec -> spec.withId("scenario-money-amount"))).isEmpty();
        assertThat(service.find("SC-02").orElseThrow().money()).anySatisfy(m -> {
            assertThat(m.party()).isEqualTo("MSZ");
            assertThat(m.amount()).isEqualByComparingTo("1250000.50");
        });
    }

    @Test
    void theChairMarksThePreferredScenarioWithARationaleAndTheComparisonShowsIt() {
        login("voorzitter");
        UI.getCurrent().navigate("scenarios/vergelijk", new QueryParameters(Map.of("s", List.of("SC-01", "SC-02"))));
        @SuppressWarnings("unchecked")
        Select<String> scenario = _get(Select.class, spec -> spec.withId("comparison-chair-scenario"));
        scenario.setValue("SC-01");
        _get(TextArea.class, spec -> spec.withId("comparison-chair-rationale")).setValue("Binnen de begroting en zonder schending");
        _click(_get(Button.class, spec -> spec.withId("comparison-chair-record")));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("comparison-preference-list")).getChildren()
                .map(item -> ((com.vaadin.flow.component.html.ListItem) item).getText()).toList())
                .anySatisfy(text -> assertThat(text).startsWith("Voorkeur van de voorzitter: SC-01 — Binnen de begroting en zonder schending"));
        assertThat(_find(Button.class, spec -> spec.withId("comparison-sector-record"))).as("the chair has no sector").isEmpty();
    }

    @Test
    void comparingAScenarioWithItselfSaysSoInDutch() {
        login("lid-haz");
        UI.getCurrent().navigate("scenarios/vergelijk", new QueryParameters(Map.of("s", List.of("SC-01", "SC-01"))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("comparison-problem")).getText())
                .isEqualTo("Een scenario vergelijken met zichzelf kan niet; kies verschillende scenario's.");
    }
}
