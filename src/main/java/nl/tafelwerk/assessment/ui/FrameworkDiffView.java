package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.assessment.FrameworkDiff;
import nl.tafelwerk.assessment.FrameworkService;
import nl.tafelwerk.shared.DomainException;

/**
 * What changed between two published versions, worded for the table and readable on the projector (add
 * {@code ?projectie}): per gate and criterion added, removed or changed, each changed field with both values.
 */
@Route("afwegingskader/verschil/:from/:to")
@PermitAll
public class FrameworkDiffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FrameworkService frameworks;
    private String title = "";

    FrameworkDiffView(FrameworkService frameworks) {
        this.frameworks = frameworks;
        addClassName("tw-framework-diff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String from = event.getRouteParameters().get("from").orElse("");
        String to = event.getRouteParameters().get("to").orElse("");
        if (!from.matches("\\d{1,6}") || !to.matches("\\d{1,6}")) {
            event.rerouteToError(NotFoundException.class, getTranslation("framework.version.unknown", from + "/" + to));
            return;
        }
        try {
            show(frameworks.diff(Integer.parseInt(from), Integer.parseInt(to)));
        } catch (DomainException e) {
            event.rerouteToError(NotFoundException.class, getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void show(FrameworkDiff diff) {
        removeAll();
        title = getTranslation("framework.diff.title", diff.from().number(), diff.to().number());
        Anchor back = new Anchor("afwegingskader/versies", "← " + getTranslation("framework.versions.title"));
        back.setId("framework-diff-back");
        H2 heading = new H2(title);
        heading.setId("framework-diff-heading");
        Paragraph dates = new Paragraph(getTranslation("framework.diff.dates",
                diff.from().number(), FrameworkTexts.date(getLocale(), diff.from().publishedOn()),
                diff.to().number(), FrameworkTexts.date(getLocale(), diff.to().publishedOn()), diff.to().publishedBy()));
        dates.addClassName("tw-muted");
        add(back, heading, dates);
        if (diff.isEmpty()) {
            Paragraph same = new Paragraph(getTranslation("framework.diff.none"));
            same.setId("framework-diff-none");
            add(same);
            return;
        }
        section("framework.diff.gates", "gates", diff.gates());
        section("framework.diff.criteria", "criteria", diff.criteria());
        if (!diff.boosts().isEmpty()) {
            Div boosts = new Div();
            boosts.setId("framework-diff-boosts");
            boosts.addClassName("tw-diff-row");
            boosts.add(badge(FrameworkDiff.Change.CHANGED));
            diff.boosts().forEach(f -> boosts.add(fieldLine(f)));
            add(new H3(getTranslation("framework.boosts")), boosts);
        }
    }

    private void section(String titleKey, String idPart, List<FrameworkDiff.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(titleKey, rows.size())));
        for (FrameworkDiff.Row row : rows) {
            Div card = new Div();
            card.addClassName("tw-diff-row");
            card.addClassName("tw-diff-" + row.change().name().toLowerCase(Locale.ROOT));
            card.setId("framework-diff-" + idPart + "-" + row.code());
            Span name = new Span(row.code() + " · " + row.name());
            name.addClassName("tw-diff-name");
            card.add(badge(row.change()), name);
            row.fields().forEach(f -> card.add(fieldLine(f)));
            add(card);
        }
    }

    private Span badge(FrameworkDiff.Change change) {
        Icon icon = switch (change) {
            case ADDED -> VaadinIcon.PLUS_CIRCLE_O.create();
            case REMOVED -> VaadinIcon.MINUS_CIRCLE_O.create();
            case CHANGED -> VaadinIcon.PENCIL.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(FrameworkTexts.change(this, change)));
        badge.addClassName("tw-diff-badge");
        return badge;
    }

    private Div fieldLine(FrameworkDiff.Field f) {
        Span label = new Span(FrameworkTexts.fieldLabel(this, f.name()));
        label.addClassName("tw-diff-field");
        Div line = new Div(label);
        line.addClassName("tw-diff-line");
        if (f.before() != null && f.after() != null) {
            Span before = new Span(FrameworkTexts.value(this, f.name(), f.before()));
            before.addClassName("tw-diff-before");
            Span after = new Span(FrameworkTexts.value(this, f.name(), f.after()));
            after.addClassName("tw-diff-after");
            line.add(before, new Span(" → "), after);
        } else {
            line.add(new Span(FrameworkTexts.value(this, f.name(), f.after() != null ? f.after() : f.before())));
        }
        return line;
    }

    @Override
    public String getPageTitle() {
        return title + " · Tafelwerk";
    }
}
