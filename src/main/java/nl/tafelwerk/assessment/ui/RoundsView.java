package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.tafelwerk.assessment.RoundProgress;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.shared.ui.DateTimes;

/** Every scoring round, newest first, with its state and progress (counts only); organisers open a new one here. */
@Route("scoringsrondes")
@PermitAll
@Menu(title = "nav.rounds", order = 26, icon = "icons/rounds.svg")
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService service;
    private final Grid<ScoringRound> grid = new Grid<>();

    RoundsView(RoundService service) {
        this.service = service;
        addClassName("tw-rounds");
        Paragraph intro = new Paragraph(getTranslation("round.list.intro"));
        intro.addClassName("tw-muted");
        add(intro);
        if (service.mayOrganise()) {
            Button open = new Button(getTranslation("round.open.action"), VaadinIcon.PLUS.create(),
                    e -> new RoundOpenDialog(service, round -> getUI().ifPresent(ui -> ui.navigate(RoundView.class,
                            new RouteParameters("id", String.valueOf(round.id()))))).open());
            open.addThemeVariants(ButtonVariant.PRIMARY);
            open.setId("round-open");
            add(open);
        }
        grid.setId("rounds-grid");
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.title(), RoundView.class, new RouteParameters("id", String.valueOf(r.id())));
            link.getElement().setAttribute("data-round", String.valueOf(r.id()));
            return link;
        }).setHeader(getTranslation("round.title")).setFlexGrow(3);
        grid.addComponentColumn(r -> new RoundStatusBadge(r.status())).setHeader(getTranslation("round.status")).setAutoWidth(true);
        grid.addColumn(r -> r.items().size()).setHeader(getTranslation("round.items")).setAutoWidth(true);
        grid.addColumn(r -> DateTimes.dateTime(getLocale(), r.deadline())).setHeader(getTranslation("round.deadline")).setAutoWidth(true);
        grid.addColumn(r -> {
            RoundProgress p = service.progress(r.id());
            return getTranslation("round.progress.total", p.membersDone(), p.members());
        }).setHeader(getTranslation("round.progress")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        List<ScoringRound> rounds = service.all();
        if (rounds.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(service.mayOrganise() ? "round.list.empty.organiser" : "round.list.empty"));
            empty.setId("rounds-empty");
            add(empty);
        } else {
            grid.setItems(rounds);
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("round.list.title") + " · Tafelwerk";
    }
}
