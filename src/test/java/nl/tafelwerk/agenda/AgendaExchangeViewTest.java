package nl.tafelwerk.agenda;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.agenda.ui.VoorraadagendaView;
import nl.tafelwerk.shared.Csv;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@org.springframework.transaction.annotation.Transactional // rolled back: other test classes count the catalogue
class AgendaExchangeViewTest extends AbstractUiTest {

    private static final String HEADER = "Code;Titel;Type;Indienende sector;Geraakte sectoren;Bouwstenen\r\n";

    @Autowired
    VraagstukService service;

    @Test
    void theExportFollowsTheGridsFilter() {
        login("waarnemer");
        UI.getCurrent().navigate(VoorraadagendaView.class);
        roundtrips();
        assertThat(_find(Button.class, spec -> spec.withId("agenda-import"))).as("observers import nothing").isEmpty();
        _get(TextField.class, spec -> spec.withId("agenda-search")).setValue("Mitz");
        @SuppressWarnings("unchecked")
        Grid<VraagstukListItem> grid = _get(Grid.class, spec -> spec.withId("agenda-grid"));
        List<String> shown = GridKt._fetch(grid, 0, 100).stream().map(VraagstukListItem::code).toList();

        Anchor csvLink = _get(Anchor.class, spec -> spec.withId("agenda-export-csv"));
        assertThat(csvLink.getElement().getTextRecursively()).isEqualTo("Exporteren (CSV)");
        List<List<String>> table = Csv.read(Csv.decodeUtf8(DownloadKt.download(csvLink)));
        assertThat(table.subList(1, table.size())).extracting(r -> r.get(1)).containsExactlyElementsOf(shown);

        Anchor xlsxLink = _get(Anchor.class, spec -> spec.withId("agenda-export-xlsx"));
        assertThat(xlsxLink.getElement().getTextRecursively()).isEqualTo("Exporteren (XLSX)");
        byte[] xlsx = DownloadKt.download(xlsxLink);
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void anInvalidFileShowsItsProblemsPerRowAndCannotBeImported() {
        login("programmabureau");
        UI.getCurrent().navigate(VoorraadagendaView.class);
        roundtrips();
        long before = service.count(VraagstukFilter.ALL);
        _click(_get(Button.class, spec -> spec.withId("agenda-import")));
        Upload upload = _get(Upload.class, spec -> spec.withId("agenda-import-upload"));
        UploadKt._upload(upload, "fout.csv", "text/csv", (HEADER
                + ";Goed;Overig;HAZ;;\r\n"
                + ";Slecht;Overig;HAZ;;GEENBOUWSTEEN\r\n").getBytes(StandardCharsets.UTF_8));
        roundtrips();

        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-import-summary")).getText())
                .isEqualTo("2 rijen gelezen, waarvan 1 met fouten (1 melding). Herstel het bestand en kies het opnieuw; er wordt niets geïmporteerd.");
        @SuppressWarnings("unchecked")
        Grid<AgendaImport.Row> rows = _get(Grid.class, spec -> spec.withId("agenda-import-rows"));
        assertThat(GridKt._size(rows)).isEqualTo(2);
        assertThat(rows.getPartNameGenerator().apply(GridKt._get(rows, 1))).isEqualTo("tw-import-row-error");
        assertThat(rows.getPartNameGenerator().apply(GridKt._get(rows, 0))).isNull();
        assertThat(GridKt._getCellComponent(rows, 1, "problems").getElement().getTextRecursively())
                .isEqualTo("Bouwstenen: Onbekende bouwsteen: GEENBOUWSTEEN");
        assertThat(GridKt._getCellComponent(rows, 0, "problems").getElement().getTextRecursively()).isEqualTo("In orde");
        assertThat(_get(Button.class, spec -> spec.withId("agenda-import-commit")).isEnabled()).isFalse();
        assertThat(_find(ProgressBar.class, spec -> spec.withId("agenda-import-progress"))).as("progress hidden when done").isEmpty();

        UploadKt._upload(upload, "kolommen.csv", "text/csv", "Naam;Soort\r\nx;y\r\n".getBytes(StandardCharsets.UTF_8));
        roundtrips();
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-import-file-problems")).getText())
                .startsWith("De kolommen kloppen niet (onbekend: Naam, Soort; ontbreekt: Titel, Type)");
        assertThat(_find(Grid.class, spec -> spec.withId("agenda-import-rows"))).as("no rows to show").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("agenda-import-commit")).isEnabled()).isFalse();
        assertThat(service.count(VraagstukFilter.ALL)).isEqualTo(before);
    }

    @Test
    void aValidFileIsImportedAndTheAgendaCountsIt() {
        login("voorzitter");
        UI.getCurrent().navigate(VoorraadagendaView.class);
        roundtrips();
        long before = service.count(VraagstukFilter.ALL);
        _click(_get(Button.class, spec -> spec.withId("agenda-import")));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("agenda-import-upload")), "nieuw.csv", "text/csv",
                (Csv.BOM + HEADER + "UI-1;Via de UI;Overig;HAZ;VVT;MITZ\r\n;Tweede via de UI;Generieke functie;;;\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        roundtrips();
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-import-summary")).getText())
                .startsWith("Alle 2 rijen zijn in orde.");
        Button commit = _get(Button.class, spec -> spec.withId("agenda-import-commit"));
        assertThat(commit.isEnabled()).isTrue();
        _click(commit);
        roundtrips();

        assertThat(_find(Dialog.class, spec -> spec.withId("agenda-import-dialog"))).isEmpty();
        assertThat(service.count(VraagstukFilter.ALL)).isEqualTo(before + 2);
        assertThat(service.find("UI-1").orElseThrow().status()).isEqualTo(VraagstukStatus.INGEDIEND);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("agenda-count")).getText())
                .isEqualTo((before + 2) + " vraagstukken");
    }
}
