package nl.tafelwerk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import nl.tafelwerk.shared.ui.AreaCount;
import nl.tafelwerk.shared.ui.AreaCountProvider;
import nl.tafelwerk.shared.ui.StartPageSection;

/** "Vandaag aan tafel": what the table holds right now and who is here. */
@Route("")
@PermitAll
@Menu(title = "nav.start", order = 0, icon = "icons/home.svg")
public class StartView extends VerticalLayout implements HasDynamicTitle {

    StartView(List<AreaCountProvider> countProviders, List<StartPageSection> sections) {
        addClassName("tw-start");
        setPadding(true);

        Paragraph intro = new Paragraph(getTranslation("start.intro"));
        intro.addClassName("tw-lead");
        add(intro);

        H2 countsTitle = new H2(getTranslation("start.counts.title"));
        Div cards = new Div();
        cards.addClassName("tw-cards");
        cards.getElement().setAttribute("role", "list");
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        countProviders.stream().flatMap(p -> p.counts().stream())
                .sorted(Comparator.comparingInt(AreaCount::order))
                .forEach(count -> {
                    Span number = new Span(numbers.format(count.count()));
                    number.addClassName("tw-card-number");
                    Span label = new Span(getTranslation(count.labelKey()));
                    label.addClassName("tw-card-label");
                    com.vaadin.flow.component.HtmlContainer card = count.route() == null
                            ? new Div(number, label) : new Anchor(count.route(), number, label);
                    card.addClassName("tw-card");
                    card.getElement().setAttribute("role", "listitem");
                    card.getElement().setAttribute("data-area", count.labelKey());
                    cards.add(card);
                });
        add(countsTitle, cards);

        sections.stream().sorted(Comparator.comparingInt(StartPageSection::order))
                .map(StartPageSection::create).forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " · Tafelwerk";
    }
}
