package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.tafelwerk.agenda.AgendaExport;
import nl.tafelwerk.agenda.AgendaImport;
import nl.tafelwerk.agenda.AgendaSort;
import nl.tafelwerk.agenda.VraagstukFilter;
import nl.tafelwerk.agenda.VraagstukListItem;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.agenda.VraagstukType;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * De voorraadagenda: every vraagstuk in a lazy grid (one page at a time from the database),
 * filterable, sortable and searchable; who is looking, who has which item open; live updates; the
 * agreed order can be changed by dragging (chair and programme office).
 */
@Route("voorraadagenda")
@PermitAll
@Menu(title = "nav.agenda", order = 15, icon = "icons/agenda.svg")
public class VoorraadagendaView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final VraagstukService service;
    private final Collaborator me;
    private final Grid<VraagstukListItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<VraagstukStatus> statuses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<VraagstukType> types = new MultiSelectComboBox<>();
    private final ComboBox<SectorView> sector = new ComboBox<>();
    private final Span count = new Span();
    private final Map<String, Map<String, String>> openBy = new ConcurrentHashMap<>();
    private VraagstukFilter filter = VraagstukFilter.ALL;
    private List<AgendaSort> sort = List.of(AgendaSort.AGREED_ORDER);
    private @Nullable VraagstukListItem dragged;
    private @Nullable SharedValues changes;

    VoorraadagendaView(VraagstukService service, AgendaExport export, AgendaImport agendaImport,
                       AgendaBackgroundWork background, SectorService sectors, CurrentUser currentUser) {
        this.service = service;
        this.me = Collaborator.of(currentUser.require());
        addClassName("tw-agenda");
        setSizeFull();

        PresenceAvatars avatars = new PresenceAvatars(me, AgendaTopics.AGENDA, getTranslation("agenda.presence"));
        avatars.setId("agenda-presence");
        count.setId("agenda-count");
        count.addClassName("tw-muted");
        Anchor projection = new Anchor("voorraadagenda/projectie", getTranslation("agenda.projection.open"));
        projection.setId("agenda-projection-link");
        HorizontalLayout top = new HorizontalLayout(count, avatars, projection, exportLink(export, false), exportLink(export, true));
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWrap(true);
        top.expand(avatars);
        if (service.maySchedule()) {
            Button importButton = new Button(getTranslation("agenda.import.open"), VaadinIcon.UPLOAD.create(),
                    e -> new AgendaImportDialog(agendaImport, background, n -> {
                        announceChange();
                        applyFilter();
                    }).open());
            importButton.setId("agenda-import");
            top.add(importButton);
        }
        if (service.maySubmit()) {
            Button submit = new Button(getTranslation("agenda.new"), VaadinIcon.PLUS.create(),
                    e -> new SubmitDialog(service, sectors, currentUser.require(), this::openItem).open());
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("agenda-new");
            top.add(submit);
        }

        add(top, createFilters(sectors), createGrid());
        if (service.mayReorder()) {
            Span hint = new Span(getTranslation("agenda.reorder.hint"));
            hint.addClassName("tw-muted");
            hint.setId("agenda-reorder-hint");
            addComponentAtIndex(2, hint);
        }
        applyFilter();
    }

    private Component createFilters(SectorService sectors) {
        search.setLabel(getTranslation("agenda.search"));
        search.setPlaceholder(getTranslation("agenda.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("agenda-search");
        statuses.setLabel(getTranslation("agenda.field.status"));
        statuses.setItems(VraagstukStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        statuses.setId("agenda-filter-status");
        types.setLabel(getTranslation("agenda.field.type"));
        types.setItems(VraagstukType.values());
        types.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        types.setId("agenda-filter-type");
        sector.setLabel(getTranslation("agenda.filter.sector"));
        sector.setItems(sectors.all());
        sector.setItemLabelGenerator(SectorView::label);
        sector.setClearButtonVisible(true);
        sector.setId("agenda-filter-sector");
        search.addValueChangeListener(e -> applyFilter());
        statuses.addValueChangeListener(e -> applyFilter());
        types.addValueChangeListener(e -> applyFilter());
        sector.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(search, statuses, types, sector);
        filters.setWidthFull();
        filters.setWrap(true);
        filters.addClassName("tw-filters");
        return filters;
    }

    private Component createGrid() {
        grid.setId("agenda-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(VraagstukListItem::position).setHeader("#").setKey("POSITION").setSortProperty("POSITION")
                .setWidth("4.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(VraagstukListItem::code).setHeader(getTranslation("agenda.field.code")).setKey("CODE")
                .setSortProperty("CODE").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(VraagstukListItem::title).setHeader(getTranslation("agenda.field.title")).setKey("TITLE")
                .setSortProperty("TITLE").setFlexGrow(4);
        grid.addColumn(i -> getTranslation(i.type().messageKey())).setHeader(getTranslation("agenda.field.type"))
                .setKey("TYPE").setSortProperty("TYPE").setFlexGrow(1);
        grid.addComponentColumn(i -> new StatusBadge(i.status())).setHeader(getTranslation("agenda.field.status"))
                .setKey("STATUS").setSortProperty("STATUS").setWidth("13rem").setFlexGrow(0);
        grid.addColumn(i -> i.submittedBySector() == null ? "—" : i.submittedBySector())
                .setHeader(getTranslation("agenda.column.submitter")).setKey("SECTOR").setSortProperty("SECTOR")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(i -> AllSectors.join(i.affectedSectors(), this::getTranslation)).setHeader(getTranslation("agenda.field.affectedSectors"))
                .setKey("affected").setFlexGrow(1);
        grid.addColumn(i -> String.join(", ", i.bouwstenen())).setHeader(getTranslation("agenda.field.bouwstenen"))
                .setKey("bouwstenen").setFlexGrow(1);
        grid.addColumn(i -> i.gremiumCode() == null ? "—" : i.gremiumCode()).setHeader(getTranslation("agenda.column.gremium"))
                .setKey("GREMIUM").setSortProperty("GREMIUM").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(i -> i.nextMeeting() == null ? "—" : DATE.withLocale(getLocale()).format(i.nextMeeting()))
                .setHeader(getTranslation("agenda.field.nextMeeting")).setKey("NEXT_MEETING").setSortProperty("NEXT_MEETING")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(i -> STAMP.withLocale(getLocale()).format(i.updatedAt()) + " · " + i.updatedBy())
                .setHeader(getTranslation("agenda.field.updatedAt")).setKey("UPDATED_AT").setSortProperty("UPDATED_AT")
                .setWidth("13rem").setFlexGrow(0);
        grid.addComponentColumn(this::openByCell).setHeader(getTranslation("agenda.field.openBy")).setKey("openBy")
                .setWidth("8rem").setFlexGrow(0);
        grid.setMultiSort(true);
        grid.setItems(query -> {
            sort = toSort(query.getSortOrders());
            return service.list(filter, sort, query.getOffset(), query.getLimit()).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, service.count(filter)));
        grid.addItemClickListener(e -> openItem(e.getItem().code()));
        grid.setSizeFull();
        grid.getElement().setAttribute("aria-label", getTranslation("agenda.title"));
        grid.setEmptyStateText(getTranslation("agenda.empty"));
        if (service.mayReorder()) {
            grid.setRowsDraggable(true);
            grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
            grid.addDragEndListener(e -> dragged = null);
            grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> drop(target, e.getDropLocation())));
        }
        return grid;
    }

    /** A download of the agenda as the grid shows it now: the current filter and sort, read when clicked. */
    private Anchor exportLink(AgendaExport export, boolean xlsx) {
        String suffix = xlsx ? "xlsx" : "csv";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = xlsx ? export.xlsx(filter, sort) : export.csv(filter, sort);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "voorraadagenda-" + LocalDate.now(AMSTERDAM) + "." + suffix,
                    xlsx ? AgendaExport.XLSX_TYPE : AgendaExport.CSV_TYPE, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(xlsx ? "agenda.export.xlsx" : "agenda.export.csv")));
        link.setId("agenda-export-" + suffix);
        link.addClassName("tw-download");
        return link;
    }

    private Component openByCell(VraagstukListItem item) {
        Map<String, String> people = openBy.getOrDefault(item.code(), Map.of());
        if (people.isEmpty()) {
            return new Span();
        }
        AvatarGroup group = new AvatarGroup();
        group.setMaxItemsVisible(3);
        for (String name : new java.util.TreeSet<>(people.values())) {
            group.add(new AvatarGroup.AvatarGroupItem(name));
        }
        group.getElement().setAttribute("title", String.join(", ", new java.util.TreeSet<>(people.values())));
        group.getElement().setAttribute("data-open-by", String.join(",", new java.util.TreeSet<>(people.values())));
        return group;
    }

    private static List<AgendaSort> toSort(List<QuerySortOrder> orders) {
        List<AgendaSort> result = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            Arrays.stream(AgendaSort.Column.values()).filter(c -> c.name().equals(order.getSorted())).findFirst()
                    .ifPresent(c -> result.add(new AgendaSort(c, order.getDirection() == SortDirection.ASCENDING)));
        }
        return result.isEmpty() ? List.of(AgendaSort.AGREED_ORDER) : result;
    }

    private boolean inAgreedOrder() {
        return filter.isEmpty() && sort.size() == 1 && sort.getFirst().equals(AgendaSort.AGREED_ORDER);
    }

    private void drop(VraagstukListItem target, GridDropLocation location) {
        VraagstukListItem moving = dragged;
        if (moving == null || moving.code().equals(target.code())) {
            return;
        }
        if (!inAgreedOrder()) {
            Notifications.error(getTranslation("agenda.reorder.onlyUnfiltered"));
            return;
        }
        try {
            if (location == GridDropLocation.BELOW) {
                service.moveAfter(moving.code(), target.code());
            } else {
                service.moveBefore(moving.code(), target.code());
            }
            announceChange();
            grid.getDataProvider().refreshAll();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    void applyFilter() {
        String term = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        filter = new VraagstukFilter(term, Set.copyOf(statuses.getValue()), Set.copyOf(types.getValue()),
                sector.getValue() == null ? null : sector.getValue().code());
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        long total = service.count(VraagstukFilter.ALL);
        long shown = filter.isEmpty() ? total : service.count(filter);
        count.setText(shown == total ? getTranslation("agenda.count", total)
                : getTranslation("agenda.countFiltered", total, total - shown));
        if (service.mayReorder()) {
            grid.setDropMode(filter.isEmpty() ? GridDropMode.BETWEEN : null);
        }
    }

    private void openItem(String code) {
        UI.getCurrent().navigate(VraagstukView.class, new RouteParameters("code", code));
    }

    private void announceChange() {
        SharedValues c = changes;
        if (c != null && c.isConnected()) {
            c.put(AgendaTopics.CHANGED, System.nanoTime() + "|" + me.id());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        SharedValues live = SharedValues.connect(CollaborationScope.of(this), AgendaTopics.LIVE, me);
        live.onChange((key, value) -> ui.access(() -> {
            openBy.clear();
            live.snapshot().forEach((who, what) -> {
                String[] parts = what.split("\\|", 2);
                if (!AgendaTopics.CHANGED.equals(who) && parts.length == 2) {
                    openBy.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(who, parts[1]);
                }
            });
            grid.getDataProvider().refreshAll();
            if (AgendaTopics.CHANGED.equals(key)) {
                updateCount();
            }
        }));
        changes = live;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title") + " · Tafelwerk";
    }
}
