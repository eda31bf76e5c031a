package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.buildingblocks.BouwsteenExchange;
import nl.tafelwerk.buildingblocks.BouwsteenFilter;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.BouwsteenSort;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.BouwsteenTypes;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.buildingblocks.ProposalState;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.ui.Notifications;

/** The bouwstenen catalogue: a lazy, sortable, filterable grid; a row opens the bouwsteen. */
@Route("bouwstenen")
@PermitAll
@Menu(title = "nav.bouwstenen", order = 20, icon = "icons/bouwstenen.svg")
public class BouwsteenCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final BouwsteenService service;
    private final Grid<BouwsteenListItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<ImplementationPhase> phase = new ComboBox<>();
    private final ComboBox<BouwsteenStatus> status = new ComboBox<>();
    private final ComboBox<SectorView> sector = new ComboBox<>();
    private final Span count = new Span();
    private volatile BouwsteenFilter filter = BouwsteenFilter.NONE;

    BouwsteenCatalogueView(BouwsteenService service, BouwsteenExchange exchange, SectorService sectors) {
        this.service = service;
        addClassName("tw-catalogue");
        setSizeFull();
        List<SectorView> allSectors = sectors.all();

        search.setLabel(getTranslation("bouwstenen.search"));
        search.setPlaceholder(getTranslation("bouwstenen.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("bouwsteen-search");
        search.setWidth("18rem");
        type.setLabel(getTranslation("bouwstenen.filter.type"));
        type.setItems(BouwsteenTypes.ALL);
        type.setItemLabelGenerator(t -> getTranslation("bouwsteen.type." + t));
        type.setId("filter-type");
        phase.setLabel(getTranslation("bouwstenen.filter.phase"));
        phase.setItems(ImplementationPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation("bouwsteen.phase." + p.name()));
        phase.setId("filter-phase");
        status.setLabel(getTranslation("bouwstenen.filter.status"));
        status.setItems(BouwsteenStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("bouwsteen.status." + s.name()));
        status.setId("filter-status");
        sector.setLabel(getTranslation("bouwstenen.filter.sector"));
        sector.setItems(allSectors);
        sector.setItemLabelGenerator(SectorView::label);
        sector.setId("filter-sector");
        for (ComboBox<?> box : List.of(type, phase, status, sector)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> applyFilter());
        }
        search.addValueChangeListener(e -> applyFilter());
        Button clear = new Button(getTranslation("bouwstenen.filter.clear"), e -> {
            search.clear();
            type.clear();
            phase.clear();
            status.clear();
            sector.clear();
        });
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.setId("filter-clear");
        HorizontalLayout filters = new HorizontalLayout(search, type, phase, status, sector, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        count.setId("bouwsteen-count");
        count.addClassName("tw-muted");
        count.getElement().setAttribute("aria-live", "polite");
        RouterLink graph = new RouterLink(getTranslation("bouwstenen.graph"), DependencyGraphView.class);
        graph.setId("link-graph");
        RouterLink matrix = new RouterLink(getTranslation("bouwstenen.matrix"), MaturityMatrixView.class);
        matrix.setId("link-matrix");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exchange.exportCsv(filter);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "bouwstenen.csv", BouwsteenExchange.CSV_TYPE, bytes.length);
        }), getTranslation("bouwstenen.export.csv"));
        csv.setId("export-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exchange.exportXlsx(filter);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "bouwstenen.xlsx", BouwsteenExchange.XLSX_TYPE, bytes.length);
        }), getTranslation("bouwstenen.export.xlsx"));
        xlsx.setId("export-xlsx");
        HorizontalLayout actions = new HorizontalLayout(count, graph, matrix, csv, xlsx);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        actions.expand(count);
        actions.addClassName("tw-catalogue-actions");
        if (service.mayEdit()) {
            Button importButton = new Button(getTranslation("bouwstenen.import"), VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(exchange, this::refresh).open());
            importButton.setId("import-open");
            actions.add(importButton);
        }
        if (service.mayPropose()) {
            Button propose = new Button(getTranslation(service.mayEdit() ? "bouwstenen.propose.add" : "bouwstenen.propose"),
                    VaadinIcon.PLUS.create(), e -> new ProposeDialog(service, allSectors, service.mayEdit(), saved -> {
                        Notifications.success(getTranslation("bouwstenen.proposed", saved.code()));
                        getUI().ifPresent(ui -> ui.navigate(BouwsteenDetailView.class, BouwsteenDetailView.params(saved.code())));
                    }).open());
            propose.addThemeVariants(ButtonVariant.PRIMARY);
            propose.setId("propose-open");
            actions.add(propose);
        }

        configureGrid(allSectors.stream().collect(Collectors.toMap(SectorView::code, Function.identity())));
        add(filters, actions, grid);
        applyFilter();
    }

    private void configureGrid(Map<String, SectorView> sectorsByCode) {
        grid.setId("bouwsteen-grid");
        grid.setAriaLabel(getTranslation("bouwstenen.grid"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("bouwstenen.empty"));
        grid.addColumn(BouwsteenListItem::code).setHeader(getTranslation("bouwsteen.field.code")).setKey("code")
                .setSortable(true).setSortProperty("code").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(BouwsteenListItem::name).setHeader(getTranslation("bouwsteen.field.name")).setKey("name")
                .setSortable(true).setSortProperty("name").setWidth("20rem").setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(BouwsteenListItem::name);
        grid.addColumn(b -> getTranslation("bouwsteen.type." + b.type())).setHeader(getTranslation("bouwsteen.field.type"))
                .setKey("type").setSortable(true).setSortProperty("type").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(b -> Badges.status(this, b.tableStatus())).setHeader(getTranslation("bouwsteen.field.tableStatus"))
                .setKey("tableStatus").setSortable(true).setSortProperty("tableStatus").setAutoWidth(true);
        grid.addColumn(b -> b.phase() == null ? "—" : getTranslation("bouwsteen.phase." + b.phase().name()))
                .setHeader(getTranslation("bouwsteen.field.phase")).setKey("phase").setSortable(true).setSortProperty("phase")
                .setAutoWidth(true);
        grid.addColumn(b -> b.impact() == null ? "—" : getTranslation("bouwsteen.impact." + b.impact().name()))
                .setHeader(getTranslation("bouwsteen.field.impact")).setKey("impact").setSortable(true)
                .setSortProperty("impact").setAutoWidth(true);
        grid.addColumn(b -> AllSectors.join(b.sectors(), this::getTranslation))
                .setHeader(getTranslation("bouwsteen.field.sectors")).setKey("sectors").setWidth("11rem").setFlexGrow(1)
                .setTooltipGenerator(b -> b.sectors().stream().map(c -> sectorsByCode.containsKey(c)
                        ? sectorsByCode.get(c).label() : AllSectors.label(c, this::getTranslation, Map.of()))
                        .collect(Collectors.joining(", ")));
        grid.addColumn(b -> b.owner() == null ? "—" : b.owner()).setHeader(getTranslation("bouwsteen.field.owner"))
                .setKey("owner").setSortable(true).setSortProperty("owner").setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(b -> b.owner() == null ? "" : b.owner());
        grid.addColumn(b -> b.leadTimeWeeks() == null ? "—" : b.leadTimeWeeks().toString())
                .setHeader(getTranslation("bouwstenen.column.leadTime")).setKey("leadTimeWeeks").setSortable(true)
                .setSortProperty("leadTimeWeeks").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(b -> b.proposalState() == ProposalState.VOORGESTELD ? Badges.proposal(this, b.proposalState())
                        : new Span())
                .setHeader(getTranslation("bouwsteen.field.proposalState")).setKey("proposal").setAutoWidth(true);
        grid.setItems(query -> service.list(filter, query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                        .map(o -> new BouwsteenSort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList()).stream(),
                query -> service.count(filter));
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(BouwsteenDetailView.class, BouwsteenDetailView.params(e.getItem().code()))));
        grid.setSizeFull();
    }

    private void applyFilter() {
        filter = new BouwsteenFilter(search.getValue(), type.getValue(), phase.getValue(), status.getValue(),
                sector.getValue() == null ? null : sector.getValue().code());
        grid.getDataProvider().refreshAll();
        int total = service.count(BouwsteenFilter.NONE);
        int shown = filter.isEmpty() ? total : service.count(filter);
        count.setText(filter.isEmpty() ? getTranslation("bouwstenen.count", total)
                : getTranslation("bouwstenen.countFiltered", total, shown));
    }

    private void refresh() {
        applyFilter();
    }

    /** For tests: the filter currently applied. */
    BouwsteenFilter currentFilter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bouwstenen.title") + " · Tafelwerk";
    }
}
