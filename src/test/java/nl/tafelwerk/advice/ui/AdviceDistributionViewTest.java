package nl.tafelwerk.advice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.Delivery;
import nl.tafelwerk.advice.RecipientKind;
import org.junit.jupiter.api.Test;

/**
 * The distribution dialog on the advice page: the programme office chooses the gremium and a sector, sends, and the
 * page lists who received which version; sending with nobody chosen or with a wrong address is refused where the
 * choice is made and sends nothing; members and observers get no send control.
 */
class AdviceDistributionViewTest extends AdviceUiTest {

    private Advice adopted(String title) {
        Advice advice = fixture.newAdvice(title);
        fixture.actAs("voorzitter");
        return advices.adopt(advice.id(), advice.version());
    }

    @Test
    void theOfficeSendsToTheGremiumAndASectorAndThePageListsWhoReceivedWhichVersion() {
        Advice advice = adopted("Verzenden via de pagina");
        login("programmabureau");
        open(advice);
        assertThat(deliveryRows()).as("nothing sent yet").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("advice-distribute")));
        Checkbox gremium = _get(Checkbox.class, spec -> spec.withId("advice-recipient-gremium"));
        assertThat(gremium.getLabel()).contains("Informatieberaad");
        TextField email = _get(TextField.class, spec -> spec.withId("advice-distribution-email"));
        assertThat(email.getLabel()).as("the field says what it asks for").isEqualTo("E-mailadres van het gremium (optioneel)");
        Checkbox haz = _get(Checkbox.class, spec -> spec.withId("advice-recipient-HAZ"));
        assertThat(haz.getLabel()).as("the count in Dutch, singular for one").matches("HAZ · Huisartsenzorg — (1 gebruiker|[1-9]\\d+ gebruikers|[2-9] gebruikers)");

        _setValue(gremium, true);
        _setValue(email, "secretariaat@ib");
        _click(_get(Button.class, spec -> spec.withId("advice-distribution-send")));
        assertThat(email.isInvalid()).as("a wrong address is refused at the address").isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Vul een geldig e-mailadres in, zoals secretariaat@voorbeeld.nl");
        assertThat(distribution.deliveries(advice.id())).isEmpty();

        _setValue(email, "secretariaat@ib.example.nl");
        _setValue(haz, true);
        _click(_get(Button.class, spec -> spec.withId("advice-distribution-send")));
        roundtrips();
        assertThat(_find(Button.class, spec -> spec.withId("advice-distribution-send"))).as("the dialog closed").isEmpty();

        List<Delivery> sent = distribution.deliveries(advice.id());
        assertThat(toasts()).contains("Verzonden aan " + sent.size() + " ontvangers");
        assertThat(sent).extracting(Delivery::recipient).contains("IB", "lid-haz").doesNotContain("lid-msz");
        assertThat(sent).filteredOn(d -> d.kind() == RecipientKind.GREMIUM).singleElement()
                .satisfies(d -> assertThat(d.email()).isEqualTo("secretariaat@ib.example.nl"));
        List<List<String>> rows = deliveryRows();
        assertThat(rows).as("one row per recipient on the page").hasSameSizeAs(sent);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(0)).contains("Informatieberaad");
            assertThat(row.get(1)).isEqualTo("Versie 1");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get(0)).endsWith("(HAZ)");
            assertThat(row.get(1)).isEqualTo("Versie 1");
        });
        assertThat(readColumn()).as("a person's delivery shows it is not read yet").contains("Nog niet geopend");
    }

    @Test
    void sendingWithNobodyChosenIsRefusedInTheDialogAndSendsNothing() {
        Advice advice = adopted("Niemand gekozen");
        login("voorzitter");
        open(advice);
        _click(_get(Button.class, spec -> spec.withId("advice-distribute")));
        _click(_get(Button.class, spec -> spec.withId("advice-distribution-send")));

        Span problem = _get(Span.class, spec -> spec.withId("advice-distribution-problem"));
        assertThat(problem.getText()).isEqualTo("Kies ten minste één ontvanger: het gremium of een sector met gebruikers");
        assertThat(problem.getElement().getAttribute("role")).as("read out when it appears").isEqualTo("alert");
        assertThat(_find(Button.class, spec -> spec.withId("advice-distribution-send"))).as("the dialog stays open").hasSize(1);
        assertThat(distribution.deliveries(advice.id())).isEmpty();
        assertThat(deliveryRows()).isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withId("advice-recipient-gremium")), true);
        _click(_get(Button.class, spec -> spec.withId("advice-distribution-send")));
        assertThat(toasts()).as("one recipient, said in the singular").contains("Verzonden aan 1 ontvanger");
        assertThat(deliveryRows()).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("Informatieberaad Zorg"));
    }

    @Test
    void membersAndObserversSeeTheDeliveriesButGetNoSendControl() {
        Advice advice = adopted("Geen verzendknop");
        for (String person : List.of("lid-haz", "waarnemer")) {
            UI.getCurrent().navigate("adviezen");
            login(person);
            open(advice);
            assertThat(_find(Button.class, spec -> spec.withId("advice-distribute"))).as("%s cannot send", person).isEmpty();
            assertThat(_find(Paragraph.class, spec -> spec.withText("Verzenden kan zodra het advies is vastgesteld.")))
                    .as("nor is %s told when sending becomes possible", person).isEmpty();
            assertThat(_find(Grid.class, spec -> spec.withId("advice-deliveries"))).as("%s reads the deliveries", person).hasSize(1);
        }
    }

    @Test
    void beforeTheAdviceIsAdoptedTheOfficeIsToldWhenSendingBecomesPossible() {
        Advice advice = fixture.newAdvice("Nog niet vastgesteld");
        login("programmabureau");
        open(advice);
        assertThat(_find(Button.class, spec -> spec.withId("advice-distribute"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText("Verzenden kan zodra het advies is vastgesteld."))).hasSize(1);
    }

    private static List<String> toasts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Delivery> deliveries() {
        return _get(Grid.class, spec -> spec.withId("advice-deliveries"));
    }

    private static List<List<String>> deliveryRows() {
        Grid<Delivery> grid = deliveries();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }

    private static List<String> readColumn() {
        Grid<Delivery> grid = deliveries();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getCellComponent(grid, i, "read").getElement().getTextRecursively())
                .toList();
    }
}
