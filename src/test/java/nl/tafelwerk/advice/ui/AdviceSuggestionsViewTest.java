package nl.tafelwerk.advice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceSection;
import nl.tafelwerk.advice.Suggestion;
import nl.tafelwerk.advice.SuggestionState;
import org.junit.jupiter.api.Test;

/**
 * Suggestions through the advice page's own controls: a member proposes, the chair — with the page already open —
 * sees the proposal arrive, takes one over into the text and rejects another with a reason; the member sees the
 * outcome and never gets the chair's controls.
 */
class AdviceSuggestionsViewTest extends AdviceUiTest {

    @Test
    void aMemberProposesTheChairAcceptsOneIntoTheTextAndRejectsAnotherWithAReason() {
        Advice advice = fixture.inConsultation("Voorstellen");
        String analyseBefore = advice.text(AdviceSection.ANALYSE);
        String gevolgenBefore = advice.text(AdviceSection.GEVOLGEN);

        login("voorzitter");
        UI.getCurrent().navigate("adviezen/" + advice.id());
        roundtrips();
        AdviceView chairView = _get(AdviceView.class);

        // the member's own screen on the same advice
        login("lid-haz");
        AdviceView memberView = new AdviceView(advices, distribution, comments, locks, currentUser);
        UI.getCurrent().add(memberView);
        memberView.open(advice);
        roundtrips();
        assertThat(memberView.sectionEditor(AdviceSection.ANALYSE).textArea().isReadOnly())
                .as("under consultation a member suggests instead of writing").isTrue();

        String proposedGevolgen = "Gevolgen volgens HAZ: geen.";
        propose(memberView, AdviceSection.GEVOLGEN, proposedGevolgen, "");
        assertThat(_find(Button.class, spec -> spec.withId("advice-suggestion-send"))).as("the dialog closed").isEmpty();
        Suggestion forGevolgen = advices.suggestions(advice.id()).getFirst();
        assertThat(forGevolgen.text()).isEqualTo(proposedGevolgen);
        assertThat(forGevolgen.proposedBy()).isEqualTo("lid-haz");
        Div memberCard = _get(memberView, Div.class, spec -> spec.withId("advice-suggestion-" + forGevolgen.id()));
        assertThat(shown(memberCard)).as("the member sees their proposal").contains(proposedGevolgen);
        assertThat(_find(memberView, Button.class, spec -> spec.withId("advice-suggestion-" + forGevolgen.id() + "-accept")))
                .as("a member does not decide on suggestions").isEmpty();
        assertThat(_find(memberView, Button.class, spec -> spec.withId("advice-suggestion-" + forGevolgen.id() + "-reject")))
                .isEmpty();

        // One browserless UI holds both screens; each screen handles its updates as its own user, so the member's
        // screen closes and the chair logs in before the next round trip delivers the proposal to the chair's screen.
        String proposedAnalyse = "De analyse volgens HAZ: eerst de huisartsen aansluiten, dan de ziekenhuizen.";
        propose(memberView, AdviceSection.ANALYSE, proposedAnalyse, "Volgorde omgedraaid");
        UI.getCurrent().remove(memberView);
        login("voorzitter");
        List<Suggestion> made = advices.suggestions(advice.id());
        assertThat(made).extracting(Suggestion::section).containsExactly(AdviceSection.GEVOLGEN, AdviceSection.ANALYSE);
        Suggestion forAnalyse = made.get(1);
        assertThat(forAnalyse.text()).isEqualTo(proposedAnalyse);
        assertThat(forAnalyse.note()).isEqualTo("Volgorde omgedraaid");

        // the chair's open page shows the proposals without reloading
        roundtripsUntil(() -> !_find(chairView, Button.class, spec -> spec.withId("advice-suggestion-" + forAnalyse.id() + "-accept")).isEmpty());
        assertThat(_find(Button.class, spec -> spec.withId("advice-suggestion-send"))).as("the dialog closed").isEmpty();
        Div chairCard = _get(chairView, Div.class, spec -> spec.withId("advice-suggestion-" + forAnalyse.id()));
        assertThat(shown(chairCard)).contains("Volgorde omgedraaid").contains(proposedAnalyse);

        // the programmabureau reads along on a screen of its own (it may write during consultation)
        login("programmabureau");
        AdviceView officeView = new AdviceView(advices, distribution, comments, locks, currentUser);
        UI.getCurrent().add(officeView);
        officeView.open(advices.find(advice.id()).orElseThrow());
        roundtrips();
        assertThat(officeView.sectionEditor(AdviceSection.ANALYSE).textArea().getValue()).isEqualTo(analyseBefore);

        login("voorzitter");
        _click(_get(chairView, Button.class, spec -> spec.withId("advice-suggestion-" + forAnalyse.id() + "-accept")));
        login("programmabureau");
        roundtripsUntil(() -> officeView.sectionEditor(AdviceSection.ANALYSE).textArea().getValue().equals(proposedAnalyse));
        assertThat(officeView.sectionEditor(AdviceSection.ANALYSE).textArea().getValue())
                .as("the screen reading along shows the accepted text").isEqualTo(proposedAnalyse);
        assertThat(_get(officeView, Component.class, spec -> spec.withId("advice-save-state")).getElement().getTextRecursively())
                .as("with nothing unsaved there that could be saved back over it").doesNotContain("niet opgeslagen");
        UI.getCurrent().remove(officeView);
        login("voorzitter");
        roundtrips();
        assertThat(chairView.sectionEditor(AdviceSection.ANALYSE).textArea().getValue())
                .as("the accepted text is in the chair's editor").isEqualTo(proposedAnalyse);
        assertThat(advices.find(advice.id()).orElseThrow().text(AdviceSection.ANALYSE)).as("and saved").isEqualTo(proposedAnalyse);
        assertThat(chairView.sectionEditor(AdviceSection.ANALYSE).textArea().getValue()).isNotEqualTo(analyseBefore);
        assertThat(_find(chairView, Button.class, spec -> spec.withId("advice-suggestion-" + forAnalyse.id() + "-accept")))
                .as("a decided suggestion offers no decision any more").isEmpty();
        assertThat(_get(chairView, Component.class, spec -> spec.withId("advice-save-state")).getElement().getTextRecursively())
                .as("nothing left unsaved on the chair's screen").doesNotContain("niet opgeslagen");

        _click(_get(chairView, Button.class, spec -> spec.withId("advice-suggestion-" + forGevolgen.id() + "-reject")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("advice-suggestion-reject-reason"));
        _click(_get(Button.class, spec -> spec.withId("advice-suggestion-reject-confirm")));
        assertThat(reason.isInvalid()).as("a rejection needs its reason, asked at the field").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Geef aan waarom het voorstel wordt afgewezen");
        assertThat(advices.suggestions(advice.id())).filteredOn(s -> s.id() == forGevolgen.id()).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(SuggestionState.OPEN));

        _setValue(reason, "De gevolgen voor de ziekenhuizen ontbreken dan");
        _click(_get(Button.class, spec -> spec.withId("advice-suggestion-reject-confirm")));
        roundtrips();
        assertThat(chairView.sectionEditor(AdviceSection.GEVOLGEN).textArea().getValue()).as("a rejected text changes nothing")
                .isEqualTo(gevolgenBefore);
        assertThat(advices.find(advice.id()).orElseThrow().text(AdviceSection.GEVOLGEN)).isEqualTo(gevolgenBefore);
        assertThat(_find(chairView, Button.class, spec -> spec.withId("advice-suggestion-" + forGevolgen.id() + "-reject"))).isEmpty();
        assertThat(decided(chairView, AdviceSection.GEVOLGEN, forGevolgen))
                .contains("Afgewezen").contains("De gevolgen voor de ziekenhuizen ontbreken dan").contains(proposedGevolgen);
        assertThat(decided(chairView, AdviceSection.ANALYSE, forAnalyse)).contains("Overgenomen");

        // the member opens the page again: the outcome is there, the chair's controls are not
        UI.getCurrent().navigate("adviezen");
        login("lid-haz");
        UI.getCurrent().navigate("adviezen/" + advice.id());
        roundtrips();
        AdviceView again = _get(AdviceView.class);
        assertThat(again.sectionEditor(AdviceSection.ANALYSE).textArea().getValue())
                .as("whoever opens the advice after the accept reads the accepted text, not the one before").isEqualTo(proposedAnalyse);
        assertThat(_get(again, Component.class, spec -> spec.withId("advice-save-state")).getElement().getTextRecursively())
                .as("and has nothing unsaved that could be saved back over it").doesNotContain("niet opgeslagen");
        assertThat(decided(again, AdviceSection.GEVOLGEN, forGevolgen)).contains("Afgewezen")
                .contains("De gevolgen voor de ziekenhuizen ontbreken dan");
        assertThat(_find(again, Button.class, spec -> spec.withId("advice-suggestion-" + forGevolgen.id() + "-accept"))).isEmpty();
        assertThat(_get(again, Button.class, spec -> spec.withId("advice-analyse-suggest")).isVisible())
                .as("the member can still propose again").isTrue();
    }

    @Test
    void aSuggestionEqualToTheCurrentTextIsRefusedAtTheProposedTextAndTheDialogStaysOpen() {
        Advice advice = fixture.inConsultation("Gelijk voorstel");
        login("lid-msz");
        UI.getCurrent().navigate("adviezen/" + advice.id());
        roundtrips();
        _click(_get(Button.class, spec -> spec.withId("advice-vraag-suggest")));
        TextArea proposal = _get(TextArea.class, spec -> spec.withId("advice-suggestion-vraag-text"));
        assertThat(proposal.getValue()).as("the proposal starts from the current text").isEqualTo(advice.text(AdviceSection.VRAAG));
        _click(_get(Button.class, spec -> spec.withId("advice-suggestion-send")));
        assertThat(proposal.isInvalid()).isTrue();
        assertThat(proposal.getErrorMessage()).isEqualTo("Het voorstel is gelijk aan de huidige tekst");
        assertThat(_find(Button.class, spec -> spec.withId("advice-suggestion-send"))).as("the dialog stays open").hasSize(1);
        assertThat(advices.suggestions(advice.id())).isEmpty();
    }

    @Test
    void acceptingIsRefusedAtTheProposalWhileTextIsUnsavedAndWhenTheSectionChangedSince() {
        Advice advice = fixture.inConsultation("Verouderd voorstel");
        login("lid-msz");
        UI.getCurrent().navigate("adviezen/" + advice.id());
        roundtrips();
        propose(_get(AdviceView.class), AdviceSection.VRAAG, "De vraag volgens MSZ.", "");
        Suggestion proposal = advices.suggestions(advice.id()).getFirst();

        UI.getCurrent().navigate("adviezen");
        login("voorzitter");
        UI.getCurrent().navigate("adviezen/" + advice.id());
        roundtrips();
        TextArea vraag = _get(TextArea.class, spec -> spec.withId("advice-vraag-text"));
        _setValue(vraag, "De vraag zoals de voorzitter haar nu schrijft.");
        _click(_get(Button.class, spec -> spec.withId("advice-suggestion-" + proposal.id() + "-accept")));
        Span problem = _get(Span.class, spec -> spec.withId("advice-suggestion-" + proposal.id() + "-problem"));
        assertThat(problem.getText()).as("typed but not saved: said at the proposal").isEqualTo("Sla eerst je wijzigingen in de secties op.");
        assertThat(vraag.getValue()).as("what the chair typed stays").isEqualTo("De vraag zoals de voorzitter haar nu schrijft.");

        _click(_get(Button.class, spec -> spec.withId("advice-save")));
        roundtrips();
        _click(_get(Button.class, spec -> spec.withId("advice-suggestion-" + proposal.id() + "-accept")));
        problem = _get(Span.class, spec -> spec.withId("advice-suggestion-" + proposal.id() + "-problem"));
        assertThat(problem.getText()).as("the section changed since the proposal")
                .isEqualTo("De sectie is gewijzigd sinds Tafellid Medisch-specialistische zorg dit voorstel deed; vergelijk de teksten en beslis opnieuw");
        assertThat(problem.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(vraag.getValue()).isEqualTo("De vraag zoals de voorzitter haar nu schrijft.");
        assertThat(advices.find(advice.id()).orElseThrow().text(AdviceSection.VRAAG)).isEqualTo("De vraag zoals de voorzitter haar nu schrijft.");
        assertThat(advices.suggestions(advice.id())).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(SuggestionState.OPEN));
        assertThat(_find(Button.class, spec -> spec.withId("advice-suggestion-" + proposal.id() + "-reject")))
                .as("the chair can still reject it").hasSize(1);
    }

    /** Round trips until {@code done} holds, at most ten seconds: the engine delivers to the other screens asynchronously. */
    private static void roundtripsUntil(BooleanSupplier done) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        roundtrips();
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            roundtrips();
        }
    }

    /** Types a proposal into the section's suggestion dialog on {@code view} and submits it; nothing is looked up after. */
    private static void propose(AdviceView view, AdviceSection section, String text, String note) {
        _click(_get(view, Button.class, spec -> spec.withId("advice-" + section.field() + "-suggest")));
        _setValue(_get(TextArea.class, spec -> spec.withId("advice-suggestion-" + section.field() + "-text")), text);
        _setValue(_get(TextField.class, spec -> spec.withId("advice-suggestion-note")), note);
        _click(_get(Button.class, spec -> spec.withId("advice-suggestion-send")));
    }

    /** The text of a decided suggestion as the section shows it, after opening the section's list of decided ones. */
    private static String decided(AdviceView view, AdviceSection section, Suggestion suggestion) {
        Details list = _get(view, Details.class, spec -> spec.withId("advice-" + section.field() + "-decided"));
        list.setOpened(true);
        return shown(_get(view, Div.class, spec -> spec.withId("advice-suggestion-" + suggestion.id())));
    }

    /** What a reader sees of a component: its texts and the Markdown previews rendered into it (without the tags). */
    private static String shown(Component component) {
        StringBuilder text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            text.append(' ').append(html.replaceAll("<[^>]+>", " ")).append(' ');
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
