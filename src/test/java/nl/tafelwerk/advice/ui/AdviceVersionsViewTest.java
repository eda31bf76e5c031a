package nl.tafelwerk.advice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceSection;
import org.junit.jupiter.api.Test;

/** The versions of an advice on its page: each vastgestelde version readable as it was fixed, and the words that changed. */
class AdviceVersionsViewTest extends AdviceUiTest {

    @Test
    void anObserverReadsAnOldVersionAsFixedAndSeesTheWordsThatChanged() {
        Advice advice = fixture.newAdvice("Versies");
        fixture.actAs("voorzitter");
        Advice v1 = advices.adopt(advice.id(), advice.version());
        String v1Analyse = v1.text(AdviceSection.ANALYSE);
        Advice next = advices.startNewVersion(v1.id(), "Het IB vroeg om de kosten per jaar", v1.version());
        next = advices.save(next.id(), next.toDraft().with(AdviceSection.ANALYSE, v1Analyse + "\n\nDe kosten lopen op tot 2028."));
        advices.adopt(next.id(), next.version());

        login("waarnemer");
        UI.getCurrent().navigate("adviezen/" + advice.id());
        roundtrips();
        Div panel = _get(Div.class, spec -> spec.withId("advice-versions"));
        List<String> listed = _find(panel, ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).startsWith("Versie 1");
        assertThat(listed.get(1)).startsWith("Versie 2").contains("Het IB vroeg om de kosten per jaar");

        _click(_get(Button.class, spec -> spec.withId("advice-version-1-view")));
        Dialog version = _get(Dialog.class, spec -> spec.withId("advice-version-dialog"));
        assertThat(version.getHeaderTitle()).startsWith("Versie 1");
        assertThat(version.getElement().getOuterHTML()).doesNotContain("De kosten lopen op tot 2028.");
        version.close();

        @SuppressWarnings("unchecked")
        Select<Integer> from = _get(Select.class, spec -> spec.withId("advice-diff-from"));
        @SuppressWarnings("unchecked")
        Select<Integer> to = _get(Select.class, spec -> spec.withId("advice-diff-to"));
        assertThat(from.getValue()).isEqualTo(1);
        assertThat(to.getValue()).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withId("advice-diff-show")));
        Div diff = _get(Div.class, spec -> spec.withId("advice-diff"));
        assertThat(diff.getElement().getTextRecursively()).startsWith("Analyse");
        assertThat(_find(diff, Span.class, spec -> spec.withClasses("tw-diff-added")))
                .anySatisfy(added -> assertThat(added.getText()).contains("2028"))
                .allSatisfy(added -> assertThat(added.getElement().getAttribute("aria-label")).startsWith("Toegevoegd"));

        _setValue(to, 1);
        _click(_get(Button.class, spec -> spec.withId("advice-diff-show")));
        assertThat(diff.getElement().getTextRecursively()).as("the same version twice asks for two different ones")
                .isEqualTo("Kies twee verschillende versies.");
    }
}
