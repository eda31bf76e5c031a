package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;
import nl.tafelwerk.scenarios.RiskLevel;
import nl.tafelwerk.scenarios.TableRisk;
import org.jspecify.annotations.Nullable;

/** The table-wide risk register as a sortable grid: written values beside the normalised L/M/H. */
final class TableRiskGrid {

    private TableRiskGrid() {
    }

    static Grid<TableRisk> create(List<TableRisk> risks, Function<String, String> t) {
        Grid<TableRisk> grid = new Grid<>();
        grid.setId("table-risks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TableRisk::nr).setHeader(t.apply("scenario.risk.nr")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TableRisk::risk).setHeader(t.apply("scenario.risk.risk")).setFlexGrow(3).setSortable(true);
        grid.addColumn(r -> level(r.kansWritten(), r.kans(), t)).setHeader(t.apply("scenario.risk.kans"));
        grid.addColumn(r -> level(r.impactWritten(), r.impact(), t)).setHeader(t.apply("scenario.risk.impact"));
        grid.addColumn(r -> r.computedPrio() == null ? t.apply("scenario.risk.unscored") : t.apply(r.computedPrio().messageKey()))
                .setHeader(t.apply("scenario.risk.prio")).setSortable(true)
                .setComparator((a, b) -> Integer.compare(weight(a.computedPrio()), weight(b.computedPrio())));
        grid.addColumn(r -> r.prioWritten() == null ? "" : r.prioWritten()).setHeader(t.apply("scenario.risk.prioWritten"));
        grid.addColumn(TableRisk::mitigation).setHeader(t.apply("scenario.risk.mitigation")).setFlexGrow(2);
        grid.addColumn(TableRisk::owner).setHeader(t.apply("scenario.risk.owner")).setSortable(true);
        grid.addColumn(TableRisk::source).setHeader(t.apply("scenario.tableRisks.source")).setSortable(true);
        grid.setItems(risks);
        grid.setHeight("28rem");
        return grid;
    }

    private static int weight(@Nullable RiskLevel level) {
        return level == null ? 0 : level.weight();
    }

    private static String level(@Nullable String written, @Nullable RiskLevel level, Function<String, String> t) {
        if (level == null) {
            return written == null ? "—" : written;
        }
        String label = t.apply(level.messageKey());
        return written == null || written.equalsIgnoreCase(level.name()) || written.equalsIgnoreCase(label) ? label
                : written + " (" + label + ")";
    }
}
