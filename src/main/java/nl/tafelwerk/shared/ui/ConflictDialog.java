package nl.tafelwerk.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one conflict dialog of the product: someone saved the item after this user loaded it. Both
 * values stand side by side per field; the user keeps theirs or takes the saved one. Nothing is
 * thrown away unasked.
 */
public class ConflictDialog extends Dialog {

    /** A field whose value differs, with both values as shown to the user. */
    public record Difference(String field, String mine, String theirs) {
    }

    /** Collects the fields that differ; empty and missing values count as equal and show as "—". */
    public static final class Differences {

        private final List<Difference> list = new ArrayList<>();

        public Differences compare(String fieldLabel, @Nullable String mine, @Nullable String theirs) {
            String a = mine == null ? "" : mine.strip();
            String b = theirs == null ? "" : theirs.strip();
            if (!a.equals(b)) {
                list.add(new Difference(fieldLabel, a.isEmpty() ? "—" : mine, b.isEmpty() ? "—" : theirs));
            }
            return this;
        }

        public List<Difference> list() {
            return List.copyOf(list);
        }
    }

    /**
     * @param id             id of the dialog (tests and styles find it by this)
     * @param buttonIdPrefix prefix of the ids of the two buttons ({@code …take-theirs}, {@code …keep-mine})
     * @param intro          what happened, in the user's language
     * @param savedBy        who saved the other version
     * @param whenAllEqual   shown instead of the table when no listed field differs
     */
    public ConflictDialog(String id, String buttonIdPrefix, String intro, String savedBy, List<Difference> differences,
                          String whenAllEqual, Runnable takeTheirs, Runnable keepMine) {
        setId(id);
        setHeaderTitle(getTranslation("conflict.title"));
        setCloseOnOutsideClick(false);
        add(new Paragraph(intro));
        if (differences.isEmpty()) {
            add(new Paragraph(whenAllEqual));
        } else {
            Grid<Difference> grid = new Grid<>();
            grid.setId(id + "-grid");
            grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field")).setFlexGrow(0).setWidth("12rem");
            grid.addColumn(Difference::mine).setHeader(getTranslation("conflict.mine"));
            grid.addColumn(Difference::theirs).setHeader(getTranslation("conflict.theirs", savedBy));
            grid.addThemeName("wrap-cell-content");
            grid.setItems(differences);
            grid.setAllRowsVisible(true);
            grid.setWidth("min(90vw, 70rem)");
            add(grid);
        }
        Button take = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.run();
        });
        take.setId(buttonIdPrefix + "take-theirs");
        Button keep = new Button(getTranslation("conflict.keepMine"), e -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setId(buttonIdPrefix + "keep-mine");
        getFooter().add(take, keep);
    }
}
