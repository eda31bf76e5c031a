package nl.tafelwerk.agenda;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.TimeUnit;
import nl.tafelwerk.AbstractUiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair steps from one vraagstuk straight to the next in the same UI (the same view instance gets a
 * new code), as during a meeting: each one opens with its own values, and a save lands on the item shown.
 * On the editor before the one co-editor this path hung in the form's value exchange.
 */
@Transactional // rolled back: other test classes read the seed texts
class EditorStepsBetweenItemsTest extends AbstractUiTest {

    @Autowired
    VraagstukService vraagstukken;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void theChairStepsFromOneVraagstukToTheNextAndSavesEach() {
        login("voorzitter");
        for (String code : new String[] {"VS-01", "VS-02", "VS-03", "VS-02"}) {
            UI.getCurrent().navigate("voorraadagenda/" + code);
            roundtrips();
            TextArea description = _get(TextArea.class, spec -> spec.withId("vraagstuk-description"));
            String stored = vraagstukken.find(code).orElseThrow().description();
            assertThat(description.getValue()).as("the editor shows %s's own text", code).isEqualTo(stored);

            String changed = stored + " (" + code + " bijgewerkt)";
            description.setValue(changed);
            _click(_get(Button.class, spec -> spec.withId("vraagstuk-save")));
            assertThat(vraagstukken.find(code).orElseThrow().description()).isEqualTo(changed.strip());
        }
    }
}
