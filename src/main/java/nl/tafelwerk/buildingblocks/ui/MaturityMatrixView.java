package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.BouwsteenFilter;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.MaturityRow;

/** Bouwstenen × acceptance criteria: current level against what the next phase asks; the gap at a glance. */
@Route("bouwstenen/rijpheid")
@PermitAll
public class MaturityMatrixView extends VerticalLayout implements HasDynamicTitle {

    MaturityMatrixView(BouwsteenService service) {
        addClassName("tw-matrix-view");
        setSizeFull();
        List<MaturityRow> rows = service.maturityMatrix(BouwsteenFilter.NONE);
        long ready = rows.stream().filter(MaturityRow::readyForNext).count();
        Span summary = new Span(getTranslation("matrix.summary", ready, rows.size()));
        summary.setId("matrix-summary");
        summary.addClassName("tw-muted");
        Grid<MaturityRow> grid = new Grid<>();
        grid.setId("maturity-matrix");
        grid.setAriaLabel(getTranslation("matrix.title"));
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.ROW_STRIPES);
        grid.addComponentColumn(r -> new RouterLink(r.code(), BouwsteenDetailView.class, BouwsteenDetailView.params(r.code())))
                .setHeader(getTranslation("bouwsteen.field.code")).setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                .setSortable(true).setComparator(MaturityRow::code);
        grid.addColumn(MaturityRow::name).setHeader(getTranslation("bouwsteen.field.name")).setWidth("13rem").setFlexGrow(1)
                .setResizable(true).setTooltipGenerator(MaturityRow::name)
                .setSortable(true).setComparator(MaturityRow::name);
        grid.addColumn(r -> r.phase() == null ? "—" : getTranslation("bouwsteen.phase." + r.phase().name()))
                .setHeader(getTranslation("bouwsteen.field.phase")).setWidth("10rem").setFlexGrow(0).setSortable(true)
                .setComparator(r -> r.phase() == null ? -1 : r.phase().ordinal());
        grid.addColumn(r -> r.nextPhase() == null ? "—" : getTranslation("bouwsteen.phase." + r.nextPhase().name()))
                .setHeader(getTranslation("matrix.next")).setWidth("10rem").setFlexGrow(0);
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            grid.addComponentColumn(r -> cell(r, c)).setHeader(getTranslation("bouwsteen.criterion." + c.name()))
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("8rem").setFlexGrow(0).setSortable(true).setComparator(r -> r.gap(c))
                    .setTooltipGenerator(r -> getTranslation("bouwsteen.criterion." + c.name()))
                    .setKey(c.name());
        }
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation(r.readyForNext() ? "matrix.yes" : "matrix.no"));
            badge.addClassNames("tw-badge", r.readyForNext() ? "tw-status-in_uitvoering" : "tw-status-niet_op_agenda");
            return badge;
        }).setHeader(getTranslation("matrix.ready")).setWidth("8rem").setFlexGrow(0).setSortable(true).setComparator(MaturityRow::readyForNext)
                .setKey("ready");
        grid.setItems(rows);
        grid.setSizeFull();
        add(new Paragraph(getTranslation("matrix.intro")), summary, grid);
    }

    private Span cell(MaturityRow row, AcceptanceCriterion c) {
        int gap = row.gap(c);
        Span cell = new Span((gap > 0 ? "▼ " : "✓ ") + getTranslation("matrix.cell", row.levels().get(c), row.required().get(c)));
        cell.addClassName(gap > 0 ? "tw-gap" : "tw-gap-none");
        cell.getElement().setAttribute("data-gap", String.valueOf(gap));
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matrix.title") + " · Tafelwerk";
    }
}
