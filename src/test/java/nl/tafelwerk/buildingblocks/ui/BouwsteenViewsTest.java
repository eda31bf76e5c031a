package nl.tafelwerk.buildingblocks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import nl.tafelwerk.buildingblocks.BouwsteenChange;
import nl.tafelwerk.buildingblocks.BouwsteenFilter;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.DependencyLink;
import nl.tafelwerk.buildingblocks.MaturityRow;
import nl.tafelwerk.buildingblocks.NewBouwsteen;
import nl.tafelwerk.buildingblocks.ProposalState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BouwsteenViewsTest extends AbstractUiTest {

    @Autowired
    BouwsteenService service;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.AfterEach
    void removeTestBouwstenen() {
        nl.tafelwerk.buildingblocks.TestBouwstenen.removeAllButTheSeed(jdbc);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BouwsteenListItem> catalogueGrid() {
        return _get(Grid.class, spec -> spec.withId("bouwsteen-grid"));
    }

    @Test
    void catalogueFiltersSortsAndCounts() {
        login("lid-haz");
        UI.getCurrent().navigate(BouwsteenCatalogueView.class);
        int total = service.count(BouwsteenFilter.NONE);
        Span count = _get(Span.class, spec -> spec.withId("bouwsteen-count"));
        assertThat(count.getText()).isEqualTo(total + " bouwstenen");
        Grid<BouwsteenListItem> grid = catalogueGrid();
        assertThat(GridKt._size(grid)).isEqualTo(total);

        @SuppressWarnings("unchecked")
        ComboBox<BouwsteenStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
        status.setValue(BouwsteenStatus.IN_UITVOERING);
        assertThat(count.getText()).isEqualTo(total + " bouwstenen, 9 gefilterd");
        assertThat(GridKt._size(grid)).isEqualTo(9);
        for (int i = 0; i < 9; i++) {
            assertThat(GridKt._get(grid, i).tableStatus()).isEqualTo(BouwsteenStatus.IN_UITVOERING);
        }

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.DESCENDING)));
        assertThat(GridKt._get(grid, 0).name().compareToIgnoreCase(GridKt._get(grid, 8).name())).isPositive();

        _get(TextField.class, spec -> spec.withId("bouwsteen-search")).setValue("mitz");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).code()).isEqualTo("MITZ");
        _click(_get(Button.class, spec -> spec.withId("filter-clear")));
        assertThat(GridKt._size(grid)).isEqualTo(total);
        assertThat(_get(BouwsteenCatalogueView.class).getPageTitle()).isEqualTo("Bouwstenen · Tafelwerk");
    }

    @Test
    void deepLinkOpensTheBouwsteenAndAnUnknownCodeSaysNotFound() {
        login("voorzitter");
        UI.getCurrent().navigate("bouwstenen/MITZ");
        roundtrips();
        assertThat(_get(H2.class, spec -> spec.withId("bouwsteen-heading")).getText())
                .isEqualTo("MITZ · Toestemmingsvoorziening Mitz");
        assertThat(_get(BouwsteenDetailView.class).getPageTitle()).isEqualTo("MITZ · Toestemmingsvoorziening Mitz · Tafelwerk");
        assertThat(_get(TextField.class, spec -> spec.withId("bouwsteen-name")).getValue()).isEqualTo("Toestemmingsvoorziening Mitz");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("dependencies-needs")).getElement().getOuterHTML()).contains("LSP", "ZORGAB");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("bouwsteen-transitive-needs")).getText())
                .contains("AORTA");
        assertThat(_get(Div.class, spec -> spec.withId("bouwsteen-perspectives")).getElement().getOuterHTML())
                .contains("De tafel", "In uitvoering", "HAZ");

        UI.getCurrent().navigate("bouwstenen/mitz");
        assertThat(_get(H2.class, spec -> spec.withId("bouwsteen-heading")).getText()).startsWith("MITZ");

        UI.getCurrent().navigate("bouwstenen/BESTAAT-NIET");
        assertThat(_find(H2.class, spec -> spec.withText("Niet gevonden"))).hasSize(1);
        assertThat(_find(BouwsteenDetailView.class)).isEmpty();
    }

    @Test
    void observerReadsEverythingButCannotChangeAnything() {
        login("waarnemer");
        UI.getCurrent().navigate(BouwsteenCatalogueView.class);
        assertThat(_find(Button.class, spec -> spec.withId("propose-open"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("import-open"))).isEmpty();
        UI.getCurrent().navigate("bouwstenen/LSP");
        roundtrips();
        assertThat(_get(TextField.class, spec -> spec.withId("bouwsteen-name")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("bouwsteen-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("dependency-add"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("bouwsteen-read-only")).getText())
                .isEqualTo("Alleen de voorzitter en het programmabureau kunnen deze bouwsteen wijzigen.");
    }

    @Test
    void memberProposesABouwsteenAndADependencyAndTheChairConfirms() {
        String code = "UI-" + (System.nanoTime() % 100000);
        login("lid-lz");
        UI.getCurrent().navigate(BouwsteenCatalogueView.class);
        _click(_get(Button.class, spec -> spec.withId("propose-open")));
        _get(TextField.class, spec -> spec.withId("propose-code")).setValue(code.toLowerCase());
        _get(TextField.class, spec -> spec.withId("propose-name")).setValue("Overdracht LZ-breed");
        @SuppressWarnings("unchecked")
        ComboBox<String> type = _get(ComboBox.class, spec -> spec.withId("propose-type"));
        type.setValue("informatiestandaard");
        _click(_get(Button.class, spec -> spec.withId("propose-submit")));
        roundtrips();

        assertThat(_get(H2.class, spec -> spec.withId("bouwsteen-heading")).getText()).isEqualTo(code + " · Overdracht LZ-breed");
        assertThat(_get(Span.class, spec -> spec.withId("bouwsteen-proposal")).getElement().getTextRecursively()).isEqualTo("Voorgesteld");
        assertThat(_find(Button.class, spec -> spec.withId("bouwsteen-confirm"))).isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<BouwsteenListItem> target = _get(ComboBox.class, spec -> spec.withId("dependency-target"));
        target.setValue(service.all().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("dependency-reason")).setValue("zelf");
        _click(_get(Button.class, spec -> spec.withId("dependency-add")));
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Een bouwsteen kan niet van zichzelf afhangen (" + code + ")");

        target.setValue(service.all().stream().filter(b -> b.code().equals("EOVERDRACHT")).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("dependency-reason")).setValue("Bouwt op eOverdracht");
        _click(_get(Button.class, spec -> spec.withId("dependency-add")));
        assertThat(service.needs(code)).singleElement().satisfies(d -> {
            assertThat(d.toCode()).isEqualTo("EOVERDRACHT");
            assertThat(d.proposalState()).isEqualTo(ProposalState.VOORGESTELD);
        });

        login("voorzitter");
        UI.getCurrent().navigate(BouwsteenCatalogueView.class);
        UI.getCurrent().navigate("bouwstenen/" + code);
        roundtrips();
        _click(_get(Button.class, spec -> spec.withId("bouwsteen-confirm")));
        _click(_get(Button.class, spec -> spec.withId("confirm-" + code + "-EOVERDRACHT")));
        assertThat(service.find(code).orElseThrow().proposalState()).isEqualTo(ProposalState.BEVESTIGD);
        assertThat(service.needs(code)).extracting(DependencyLink::proposalState).containsExactly(ProposalState.BEVESTIGD);
        assertThat(_find(Span.class, spec -> spec.withId("bouwsteen-proposal"))).isEmpty();
    }

    @Test
    void aStaleSaveOpensTheConflictDialogAndKeepingMineSavesIt() {
        String code = "ST-" + (System.nanoTime() % 100000);
        login("programmabureau");
        Bouwsteen created = service.propose(new NewBouwsteen(code, "Eerste naam", null, "norm", List.of()));
        login("voorzitter");
        UI.getCurrent().navigate("bouwstenen/" + code);
        roundtrips();

        login("programmabureau");
        service.save(code, new BouwsteenChange("Naam van het programmabureau", null, "norm", null, null, null, null, List.of(),
                null, java.util.Map.of(), null, null, created.version()));
        login("voorzitter");

        TextField name = _get(TextField.class, spec -> spec.withId("bouwsteen-name"));
        name.setValue("Naam van de voorzitter");
        assertThat(_get(Span.class, spec -> spec.withId("bouwsteen-save-state")).getElement().getAttribute("data-state"))
                .isEqualTo("dirty");
        _click(_get(Button.class, spec -> spec.withId("bouwsteen-save")));

        Dialog conflict = _get(Dialog.class, spec -> spec.withId("bouwsteen-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(service.find(code).orElseThrow().name()).isEqualTo("Naam van het programmabureau");
        _click(_get(Button.class, spec -> spec.withId("conflict-keep-mine")));
        assertThat(service.find(code).orElseThrow().name()).isEqualTo("Naam van de voorzitter");
    }

    @Test
    void graphAndMatrixRenderTheCatalogue() {
        login("voorzitter");
        UI.getCurrent().navigate("bouwstenen/graaf", com.vaadin.flow.router.QueryParameters.of("selectie", "MITZ"));
        Div canvas = _get(Div.class, spec -> spec.withId("graph-canvas"));
        int total = service.count(BouwsteenFilter.NONE);
        assertThat(canvas.getElement().getAttribute("data-nodes")).isEqualTo(String.valueOf(total));
        assertThat(canvas.getElement().getAttribute("data-selected")).isEqualTo("MITZ");
        String svg = canvas.getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("aria-description=\"MITZ: Toestemmingsvoorziening Mitz")
                .contains("href=\"bouwstenen/MITZ\"").contains("tw-selected").contains("data-edge=\"MITZ&gt;LSP\"");
        assertThat(_get(Div.class, spec -> spec.withId("graph-legend")).getElement().getOuterHTML()).contains("In uitvoering");
        assertThat(_get(DependencyGraphView.class).getPageTitle()).isEqualTo("Afhankelijkheidsgraaf · Tafelwerk");
        _click(_get(Button.class, spec -> spec.withId("graph-zoom-in")));
        assertThat(canvas.getElement().getAttribute("data-zoom")).isEqualTo("1.25");

        UI.getCurrent().navigate(MaturityMatrixView.class);
        @SuppressWarnings("unchecked")
        Grid<MaturityRow> matrix = _get(Grid.class, spec -> spec.withId("maturity-matrix"));
        assertThat(GridKt._size(matrix)).isEqualTo(total);
        assertThat(_get(MaturityMatrixView.class).getPageTitle()).isEqualTo("Rijpheidsmatrix · Tafelwerk");
    }
}
