package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import nl.tafelwerk.agenda.Vraagstuk;

/** Both versions side by side; the user keeps theirs or takes the saved one. Nothing is thrown away unasked. */
class VraagstukConflictDialog extends Dialog {

    record Difference(String field, String mine, String theirs) {
    }

    VraagstukConflictDialog(List<Difference> differences, Vraagstuk theirs, Consumer<Vraagstuk> takeTheirs, Runnable keepMine) {
        setHeaderTitle(getTranslation("conflict.title"));
        setId("agenda-conflict");
        setCloseOnOutsideClick(false);
        add(new Paragraph(getTranslation("agenda.conflict", theirs.updatedBy())));
        if (differences.isEmpty()) {
            add(new Paragraph(getTranslation("agenda.conflict.sameValues")));
        } else {
            Grid<Difference> grid = new Grid<>();
            grid.setId("agenda-conflict-grid");
            grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field")).setFlexGrow(0).setWidth("12rem");
            grid.addColumn(Difference::mine).setHeader(getTranslation("conflict.mine"));
            grid.addColumn(Difference::theirs).setHeader(getTranslation("conflict.theirs", theirs.updatedBy()));
            grid.addThemeName("wrap-cell-content");
            grid.setItems(differences);
            grid.setAllRowsVisible(true);
            grid.setWidth("min(90vw, 70rem)");
            add(grid);
        }
        Button take = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.accept(theirs);
        });
        take.setId("agenda-conflict-take-theirs");
        Button keep = new Button(getTranslation("conflict.keepMine"), e -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setId("agenda-conflict-keep-mine");
        getFooter().add(take, keep);
    }
}
