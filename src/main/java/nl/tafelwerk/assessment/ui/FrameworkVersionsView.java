package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.tafelwerk.assessment.FrameworkService;
import nl.tafelwerk.assessment.FrameworkVersion;
import nl.tafelwerk.shared.ui.Notifications;

/** The published versions of the afwegingskader, newest first; pick two to see what changed. */
@Route("afwegingskader/versies")
@PermitAll
public class FrameworkVersionsView extends VerticalLayout implements HasDynamicTitle {

    FrameworkVersionsView(FrameworkService frameworks) {
        addClassName("tw-framework-versions");
        List<FrameworkVersion> versions = frameworks.all();
        Anchor back = new Anchor("afwegingskader", "← " + getTranslation("framework.back"));
        back.setId("framework-back");
        H2 heading = new H2(getTranslation("framework.versions.title"));

        Grid<FrameworkVersion> grid = new Grid<>();
        grid.setId("framework-versions");
        grid.addColumn(new ComponentRenderer<>(v -> {
            Anchor open = new Anchor("afwegingskader/versies/" + v.number(), getTranslation("framework.version.name", v.number()));
            open.setId("framework-version-" + v.number());
            return open;
        })).setHeader(getTranslation("framework.versions.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> FrameworkTexts.date(getLocale(), v.publishedOn()))
                .setHeader(getTranslation("framework.versions.publishedOn")).setAutoWidth(true);
        grid.addColumn(FrameworkVersion::publishedBy).setHeader(getTranslation("framework.versions.publishedBy")).setAutoWidth(true);
        grid.addColumn(v -> v.gates().size()).setHeader(getTranslation("framework.versions.gates")).setAutoWidth(true);
        grid.addColumn(v -> v.criteria().size()).setHeader(getTranslation("framework.versions.criteria")).setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);

        Select<Integer> from = new Select<>();
        Select<Integer> to = new Select<>();
        List<Integer> numbers = versions.stream().map(FrameworkVersion::number).toList();
        from.setLabel(getTranslation("framework.diff.from"));
        from.setItems(numbers);
        from.setItemLabelGenerator(n -> getTranslation("framework.version.name", n));
        from.setId("framework-diff-from");
        to.setLabel(getTranslation("framework.diff.to"));
        to.setItems(numbers);
        to.setItemLabelGenerator(n -> getTranslation("framework.version.name", n));
        to.setId("framework-diff-to");
        if (numbers.size() >= 2) {
            to.setValue(numbers.get(0));
            from.setValue(numbers.get(1));
        }
        Button compare = new Button(getTranslation("framework.diff.compare"), e -> {
            if (from.getValue() == null || to.getValue() == null) {
                Notifications.error(getTranslation("framework.diff.pickTwo"));
                return;
            }
            getUI().ifPresent(ui -> ui.navigate("afwegingskader/verschil/" + from.getValue() + "/" + to.getValue()));
        });
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        compare.setId("framework-diff-compare");
        HorizontalLayout diffLine = new HorizontalLayout(from, to, compare);
        diffLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        diffLine.setVisible(numbers.size() >= 2);

        add(back, heading);
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("framework.versions.empty")));
        } else {
            add(grid, diffLine);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.versions.title") + " · Tafelwerk";
    }
}
