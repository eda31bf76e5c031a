package nl.tafelwerk.buildingblocks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.buildingblocks.ImportRow;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the bouwsteen import preview broke at some 500 rows (all rows rendered at once), the
 * upload spoke English, and a count of one read "1 problemen".
 */
class ImportDialogInputsTest extends AbstractUiTest {

    @Test
    void aPreviewOf1500RowsStaysLazyAndCanBeNarrowedToTheRowsWithProblems() {
        login("programmabureau");
        UI.getCurrent().navigate(BouwsteenCatalogueView.class);
        _click(_get(Button.class, spec -> spec.withId("import-open")));
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Bestand kiezen…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Of sleep het bestand hierheen");

        StringBuilder csv = new StringBuilder("code;naam;type\n");
        for (int i = 1; i <= 1500; i++) {
            csv.append("GROOT-").append(i).append(";Rij ").append(i).append(';').append(i == 1234 ? "raar" : "norm").append('\n');
        }
        UploadKt._upload(upload, "groot.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        roundtrips();
        @SuppressWarnings("unchecked")
        Grid<ImportRow> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(rows.isAllRowsVisible()).as("a grid showing all rows at once fails at ~500 rows").isFalse();
        assertThat(GridKt._size(rows)).isEqualTo(1500);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("1.500 rijen: 1.500 nieuw, 0 bijgewerkt 1 probleem gevonden; er wordt niets opgeslagen. "
                        + "Verbeter het bestand en probeer het opnieuw.");

        _get(Checkbox.class, spec -> spec.withId("import-only-problems")).setValue(true);
        assertThat(GridKt._size(rows)).isEqualTo(1);
        assertThat(GridKt._get(rows, 0).rowNumber()).isEqualTo(1235);
    }
}
