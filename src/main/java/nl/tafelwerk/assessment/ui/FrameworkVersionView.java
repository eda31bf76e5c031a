package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.tafelwerk.assessment.FrameworkService;
import nl.tafelwerk.assessment.FrameworkVersion;
import nl.tafelwerk.assessment.GateCriterion;
import nl.tafelwerk.assessment.ScoredCriterion;

/** One published version, read-only: its gates, scored criteria and boosts, as every round that used it saw them. */
@Route("afwegingskader/versies/:number")
@PermitAll
public class FrameworkVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FrameworkService frameworks;
    private String title = "";

    FrameworkVersionView(FrameworkService frameworks) {
        this.frameworks = frameworks;
        addClassName("tw-framework-version");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String number = event.getRouteParameters().get("number").orElse("");
        Optional<FrameworkVersion> version = number.matches("\\d{1,6}") ? frameworks.byNumber(Integer.parseInt(number))
                : Optional.empty();
        if (version.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("framework.version.unknown", number));
            return;
        }
        show(version.get());
    }

    private void show(FrameworkVersion v) {
        removeAll();
        title = getTranslation("framework.version.name", v.number());
        Anchor back = new Anchor("afwegingskader/versies", "← " + getTranslation("framework.versions.title"));
        H2 heading = new H2(getTranslation("framework.title") + " · " + title);
        heading.setId("framework-version-heading");
        Paragraph published = new Paragraph(getTranslation("framework.version.published",
                FrameworkTexts.date(getLocale(), v.publishedOn()), v.publishedBy()));

        Grid<GateCriterion> gates = new Grid<>();
        gates.setId("framework-version-gates");
        gates.addColumn(GateCriterion::code).setHeader(getTranslation("framework.field.code")).setAutoWidth(true).setFlexGrow(0);
        gates.addColumn(GateCriterion::name).setHeader(getTranslation("framework.field.name")).setFlexGrow(1);
        gates.setItems(v.gates());
        gates.setAllRowsVisible(true);

        Grid<ScoredCriterion> criteria = new Grid<>();
        criteria.setId("framework-version-criteria");
        criteria.addColumn(ScoredCriterion::code).setHeader(getTranslation("framework.field.code")).setAutoWidth(true).setFlexGrow(0);
        criteria.addColumn(ScoredCriterion::name).setHeader(getTranslation("framework.field.name")).setFlexGrow(1);
        criteria.addColumn(c -> c.scale().values().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("framework.field.scale")).setAutoWidth(true).setFlexGrow(0);
        criteria.addColumn(c -> FrameworkNumbers.show(c.weight())).setHeader(getTranslation("framework.field.weight"))
                .setAutoWidth(true).setFlexGrow(0);
        criteria.addColumn(c -> getTranslation(c.part().messageKey())).setHeader(getTranslation("framework.field.part"))
                .setAutoWidth(true).setFlexGrow(0);
        criteria.setItems(v.criteria());
        criteria.setAllRowsVisible(true);

        Paragraph boosts = new Paragraph(getTranslation("framework.version.boosts",
                FrameworkNumbers.show(v.boosts().legalObligation()), FrameworkNumbers.show(v.boosts().perDependentBouwsteen())));
        boosts.setId("framework-version-boosts");
        add(back, heading, published, new H3(getTranslation("framework.gates")), gates,
                new H3(getTranslation("framework.criteria")), criteria, new H3(getTranslation("framework.boosts")), boosts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.title") + " · " + title + " · Tafelwerk";
    }
}
