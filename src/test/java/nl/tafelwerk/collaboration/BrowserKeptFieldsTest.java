package nl.tafelwerk.collaboration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import nl.tafelwerk.AbstractUiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DD030: an open co-editor tells the browser how to keep each choice itself: the property, the kind of
 * value and, for lists, the JSON of every item by the label the user sees (the same JSON the server keeps).
 */
class BrowserKeptFieldsTest extends AbstractUiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theVraagstukEditorDescribesItsChoicesForTheBrowser() {
        login("voorzitter");
        UI.getCurrent().navigate("voorraadagenda/VS-02");
        roundtrips();

        Element urgency = field("vraagstuk-urgency");
        assertThat(urgency.getAttribute("data-draft-property")).isEqualTo("urgency");
        assertThat(urgency.getAttribute("data-draft-kind")).isEqualTo("one");
        JsonNode labels = JSON.readTree(urgency.getAttribute("data-draft-labels"));
        assertThat(labels.get("Hoog").asString()).isEqualTo("HOOG");
        assertThat(labels.get("Laag").asString()).isEqualTo("LAAG");

        Element sectors = field("vraagstuk-affected-sectors");
        assertThat(sectors.getAttribute("data-draft-kind")).isEqualTo("many");
        assertThat(JSON.readTree(sectors.getAttribute("data-draft-labels")).get("Alle sectoren").asString())
                .isEqualTo("ALL");

        assertThat(field("vraagstuk-next-meeting").getAttribute("data-draft-kind")).isEqualTo("date");
        assertThat(field("vraagstuk-title").getAttribute("data-draft-kind")).as("text is kept as typed").isNull();
        assertThat(field("vraagstuk-title").getAttribute("data-draft-property")).isEqualTo("title");
    }

    @Test
    void theBouwsteenEditorDescribesItsPhaseAndLeadTimeForTheBrowser() {
        login("voorzitter");
        UI.getCurrent().navigate("bouwstenen/MITZ");
        roundtrips();

        Element phase = field("bouwsteen-phase");
        assertThat(phase.getAttribute("data-draft-property")).isEqualTo("phase");
        assertThat(JSON.readTree(phase.getAttribute("data-draft-labels")).properties()).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getValue().asString()).isUpperCase());
        Element leadTime = field("bouwsteen-lead-time");
        assertThat(leadTime.getAttribute("data-draft-property")).isEqualTo("leadTimeWeeks");
        assertThat(leadTime.getAttribute("data-draft-kind")).isEqualTo("integer");
    }

    private static Element field(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement();
    }
}
