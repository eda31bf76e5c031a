package nl.tafelwerk.audit.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.audit.AuditEntry;
import nl.tafelwerk.audit.AuditFilter;
import nl.tafelwerk.audit.AuditService;
import nl.tafelwerk.audit.AuditSort;
import nl.tafelwerk.shared.audit.AuditType;
import org.jspecify.annotations.Nullable;

/** Beheer › Auditlog: who did what, when and from where; filter, sort and export as CSV. */
@Route("beheer/audit")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.audit", order = 91, icon = "icons/audit.svg")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private final AuditService audit;
    private final TextField actor = new TextField();
    private final MultiSelectComboBox<AuditType> types = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Span count = new Span();
    private final Grid<AuditEntry> grid = new Grid<>();
    private AuditFilter filter = AuditFilter.ALL;
    private List<AuditSort> sort = List.of(AuditSort.NEWEST_FIRST);

    AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("tw-audit");
        setSizeFull();
        add(createFilters(), count, createGrid());
        count.addClassName("tw-muted");
        count.setId("audit-count");
        applyFilter();
    }

    private HorizontalLayout createFilters() {
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setPlaceholder(getTranslation("audit.filter.actor.placeholder"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(e -> applyFilter());
        actor.setId("audit-actor");
        types.setLabel(getTranslation("audit.filter.types"));
        types.setItems(AuditType.values());
        types.setItemLabelGenerator(t -> getTranslation("audit.type." + t.name()));
        types.addValueChangeListener(e -> applyFilter());
        types.setId("audit-types");
        types.setWidth("18rem");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        from.addValueChangeListener(e -> applyFilter());
        from.setId("audit-from");
        until.setLabel(getTranslation("audit.filter.until"));
        until.setClearButtonVisible(true);
        until.addValueChangeListener(e -> applyFilter());
        until.setId("audit-until");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = audit.exportCsv(filter, sort);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "auditlog-" + LocalDate.now(AMSTERDAM) + ".csv",
                    AuditService.CSV_TYPE, bytes.length);
        }), "");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("audit.export.csv")));
        export.setId("audit-export-csv");
        export.addClassName("tw-download");
        HorizontalLayout filters = new HorizontalLayout(actor, types, from, until, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<AuditEntry> createGrid() {
        grid.addColumn(e -> STAMP.withLocale(getLocale()).format(e.occurredAt().atZone(AMSTERDAM)))
                .setHeader(getTranslation("audit.column.occurredAt")).setSortProperty("OCCURRED_AT").setKey("OCCURRED_AT")
                .setWidth("14rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor")).setSortProperty("ACTOR")
                .setKey("ACTOR").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.type." + e.type().name())).setHeader(getTranslation("audit.column.type"))
                .setSortProperty("TYPE").setKey("TYPE").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.outcome." + e.outcome().name()))
                .setHeader(getTranslation("audit.column.outcome")).setSortProperty("OUTCOME").setKey("OUTCOME")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.column.subject")).setSortProperty("SUBJECT")
                .setKey("SUBJECT").setFlexGrow(1);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.column.detail"))
                .setKey("detail").setFlexGrow(1);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.column.clientAddress"))
                .setSortProperty("CLIENT_ADDRESS").setKey("CLIENT_ADDRESS").setWidth("11rem").setFlexGrow(0);
        grid.setMultiSort(true);
        grid.setItems(query -> {
            sort = toSort(query.getSortOrders());
            return audit.list(filter, sort, query.getOffset(), query.getLimit()).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        grid.setId("audit-grid");
        grid.setSizeFull();
        return grid;
    }

    private static List<AuditSort> toSort(List<QuerySortOrder> orders) {
        List<AuditSort> result = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            result.add(new AuditSort(AuditSort.Column.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING));
        }
        return result.isEmpty() ? List.of(AuditSort.NEWEST_FIRST) : result;
    }

    private void applyFilter() {
        LocalDate start = from.getValue();
        LocalDate end = until.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            until.setInvalid(true);
            until.setErrorMessage(getTranslation("audit.filter.period.invalid"));
            return;
        }
        until.setInvalid(false);
        filter = new AuditFilter(actor.getValue(), types.getValue(), startOf(start), startOf(end == null ? null : end.plusDays(1)));
        grid.getDataProvider().refreshAll();
        long total = audit.count(filter);
        boolean filtered = !actor.getValue().isBlank() || !filter.types().isEmpty() || filter.from() != null
                || filter.until() != null;
        count.setText(getTranslation(filtered ? "audit.count.filtered" : "audit.count", total));
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(AMSTERDAM).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · Tafelwerk";
    }
}
