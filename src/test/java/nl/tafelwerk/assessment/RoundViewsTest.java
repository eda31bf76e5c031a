package nl.tafelwerk.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.assessment.ui.RoundRankingView;
import nl.tafelwerk.assessment.ui.RoundView;
import nl.tafelwerk.assessment.ui.RoundsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The round views as people use them: opening refused at its field, consensus beside the scores, the ranking page. */
@Transactional // rolled back: other test classes list the rounds and the agenda order
class RoundViewsTest extends AbstractUiTest {

    @Autowired
    nl.tafelwerk.identity.UserService userService;
    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    UserDetailsService users;
    RoundTestSupport support;

    @BeforeEach
    void setUp() {
        support = new RoundTestSupport(users, rounds, frameworks);
        support.onlyTheDemoMembersScore(userService);
    }

    @Test
    void openingWithoutItemsIsRefusedBesideTheItemsField() {
        login("programmabureau");
        UI.getCurrent().navigate(RoundsView.class);
        _click(_get(Button.class, spec -> spec.withId("round-open")));
        _get(TextField.class, spec -> spec.withId("round-open-title")).setValue("Zonder items");
        _click(_get(Button.class, spec -> spec.withId("round-open-confirm")));
        MultiSelectComboBox<?> items = _get(MultiSelectComboBox.class, spec -> spec.withId("round-open-items"));
        assertThat(items.isInvalid()).isTrue();
        assertThat(items.getErrorMessage()).isEqualTo("Kies ten minste één vraagstuk of bouwsteen.");
        assertThat(_get(RoundsView.class).getPageTitle()).isEqualTo("Scoringsrondes · Tafelwerk");

        login("waarnemer");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(RoundsView.class);
        assertThat(_find(Button.class, spec -> spec.withId("round-open"))).as("observers open no round").isEmpty();
    }

    @Test
    void theChairRecordsAConsensusBesideTheMembersScoresAndObserversOnlyReadIt() {
        ScoringRound round = support.open("Ronde consensus in beeld");
        support.scoreAll(round, "lid-haz", 5, "haz-reden");
        support.scoreAll(round, "lid-msz", 13, "msz-reden");
        support.reveal(round);
        String code = round.criteria().getFirst().code();

        login("voorzitter");
        UI.getCurrent().navigate(RoundView.class, new RouteParameters("id", String.valueOf(round.id())));
        roundtrips();
        @SuppressWarnings("unchecked")
        Select<Integer> value = _get(Select.class, spec -> spec.withId("consensus-0-" + code));
        value.setValue(8);
        _get(TextField.class, spec -> spec.withId("consensus-why-0-" + code)).setValue("midden tussen HAZ en MSZ");
        _click(_get(Button.class, spec -> spec.withId("consensus-save-0-" + code)));
        assertThat(rounds.results(round.id()).consensus(RoundTestSupport.VS01, code)).get()
                .extracting(RoundConsensus::value).isEqualTo(8);

        login("waarnemer");
        UI.getCurrent().navigate(RoundView.class, new RouteParameters("id", String.valueOf(round.id())));
        roundtrips();
        assertThat(_find(Select.class, spec -> spec.withId("consensus-0-" + code))).as("only the chair records").isEmpty();
        String page = _get(RoundView.class).getElement().getTextRecursively();
        assertThat(page).contains("Consensus: 8 (midden tussen HAZ en MSZ)")
                .as("members' scores and dissent stay beside it").contains("Tafellid Huisartsenzorg: 5 (haz-reden)")
                .contains("Tafellid Medisch-specialistische zorg: 13 (msz-reden)");
    }

    @Test
    void theRankingPageIsSealedBeforeTheRevealAndCarriesTheOrderAfter() {
        ScoringRound round = support.open("Ronde rangorde in beeld");
        support.scoreAll(round, "lid-haz", 5, "x");
        support.scoreAll(round, "lid-msz", 8, "y");
        login("voorzitter");
        UI.getCurrent().navigate(RoundRankingView.class, new RouteParameters("id", String.valueOf(round.id())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("round-ranking-sealed")).getText())
                .isEqualTo("De scores zijn verzegeld tot de voorzitter ze onthult.");
        assertThat(_find(Grid.class, spec -> spec.withId("ranking-grid"))).isEmpty();

        support.reveal(round);
        login("voorzitter");
        UI.getCurrent().navigate(RoundRankingView.class, new RouteParameters("id", String.valueOf(round.id())));
        // the product's one ranking panel, naming the items by their code and title, not by the round's internal key
        @SuppressWarnings("unchecked")
        Grid<nl.tafelwerk.assessment.analysis.RankedItem> grid = _get(Grid.class, spec -> spec.withId("ranking-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(List.of(GridKt._getFormatted(grid, 0, "code"), GridKt._getFormatted(grid, 1, "code")))
                .containsExactlyInAnyOrder("VS-01", "MITZ");
        _click(_get(Button.class, spec -> spec.withId("round-carry")));
        _click(_get(Button.class, spec -> spec.withId("round-carry-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("round-carry-reason"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        reason.setValue("Rangorde van de scoringsronde");
        _click(_get(Button.class, spec -> spec.withId("round-carry-confirm")));
        assertThat(_find(TextArea.class, spec -> spec.withId("round-carry-reason"))).as("dialog closed").isEmpty();

        login("lid-haz");
        UI.getCurrent().navigate(RoundRankingView.class, new RouteParameters("id", String.valueOf(round.id())));
        assertThat(_find(Button.class, spec -> spec.withId("round-carry"))).as("only the chair carries").isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("round-whatif"))).isEmpty();
    }
}
