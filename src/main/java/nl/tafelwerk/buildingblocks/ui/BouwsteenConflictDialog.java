package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import org.jspecify.annotations.Nullable;

/** Both versions side by side; the user keeps theirs or takes the saved one. Nothing is thrown away unasked. */
class BouwsteenConflictDialog extends Dialog {

    record Difference(String field, String mine, String theirs) {
    }

    BouwsteenConflictDialog(BouwsteenDraft mine, Bouwsteen theirs, Consumer<Bouwsteen> takeTheirs, Runnable keepMine) {
        setId("bouwsteen-conflict");
        setHeaderTitle(getTranslation("conflict.title"));
        setCloseOnOutsideClick(false);
        String by = theirs.updatedBy() == null ? "?" : theirs.updatedBy();
        add(new Paragraph(getTranslation("bouwsteen.conflict", by, theirs.code())));
        BouwsteenDraft other = BouwsteenDraft.of(theirs);
        List<Difference> differences = new ArrayList<>();
        compare(differences, "bouwsteen.field.name", mine.getName(), other.getName());
        compare(differences, "bouwsteen.field.description", mine.getDescription(), other.getDescription());
        compare(differences, "bouwsteen.field.type", mine.getType(), other.getType());
        compare(differences, "bouwsteen.field.owner", mine.getOwner(), other.getOwner());
        compare(differences, "bouwsteen.field.phase", label("bouwsteen.phase.", mine.getPhase()), label("bouwsteen.phase.", other.getPhase()));
        compare(differences, "bouwsteen.field.impact", label("bouwsteen.impact.", mine.getImpact()), label("bouwsteen.impact.", other.getImpact()));
        compare(differences, "bouwsteen.field.tableStatus", label("bouwsteen.status.", mine.getTableStatus()),
                label("bouwsteen.status.", other.getTableStatus()));
        compare(differences, "bouwsteen.field.leadTimeWeeks", String.valueOf(mine.getLeadTimeWeeks()),
                String.valueOf(other.getLeadTimeWeeks()));
        compare(differences, "bouwsteen.field.source", mine.getSource(), other.getSource());
        compare(differences, "bouwsteen.field.legalAnchor", mine.getLegalAnchor(), other.getLegalAnchor());
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            compare(differences, "bouwsteen.criterion." + c.name(), String.valueOf(mine.level(c)), String.valueOf(other.level(c)));
        }
        if (differences.isEmpty()) {
            add(new Span(getTranslation("bouwsteen.conflict.onlySectors")));
        } else {
            Grid<Difference> grid = new Grid<>();
            grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field"));
            grid.addColumn(Difference::mine).setHeader(getTranslation("conflict.mine"));
            grid.addColumn(Difference::theirs).setHeader(getTranslation("conflict.theirs", by));
            grid.setItems(differences);
            grid.setAllRowsVisible(true);
            grid.setWidth("min(90vw, 60rem)");
            add(grid);
        }
        Button take = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.accept(theirs);
        });
        take.setId("conflict-take-theirs");
        Button keep = new Button(getTranslation("conflict.keepMine"), e -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setId("conflict-keep-mine");
        getFooter().add(take, keep);
    }

    private String label(String prefix, @Nullable Enum<?> value) {
        return value == null ? "—" : getTranslation(prefix + value.name());
    }

    private void compare(List<Difference> differences, String labelKey, @Nullable String mine, @Nullable String theirs) {
        if (!Objects.equals(mine == null ? "" : mine, theirs == null ? "" : theirs)) {
            differences.add(new Difference(getTranslation(labelKey), mine == null ? "—" : mine, theirs == null ? "—" : theirs));
        }
    }
}
