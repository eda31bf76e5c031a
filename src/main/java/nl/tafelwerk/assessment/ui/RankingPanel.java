package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import nl.tafelwerk.assessment.analysis.ItemKind;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.Ranking;
import nl.tafelwerk.assessment.analysis.UnrankedItem;
import nl.tafelwerk.assessment.analysis.WsjfBreakdown;
import org.jspecify.annotations.Nullable;

/**
 * The WSJF ranking of a round with its breakdown per item (DD023): a sortable grid filtered by code/title and kind,
 * with a count, the breakdown chart of the items shown, and the items that could not be ranked. Fed by a
 * {@link Ranking} of the analysis library; {@link #setRanking} replaces it (after a consensus change, say).
 * Large type follows the projector mode of the app.
 */
public class RankingPanel extends VerticalLayout {

    private final ListDataProvider<RankedItem> rows = new ListDataProvider<>(new java.util.ArrayList<>());
    private final Grid<RankedItem> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ItemKind> kind = new Select<>();
    private final Span count = new Span();
    private final RankingBreakdownChart chart = new RankingBreakdownChart(List.of());
    private final Paragraph unranked = new Paragraph();
    private final NumberFormat number;

    public RankingPanel(Ranking ranking) {
        addClassName("tw-ranking-panel");
        setWidthFull();
        setPadding(false);
        number = ChartSvg.number(getLocale() == null ? Locale.of("nl", "NL") : getLocale());

        search.setLabel(getTranslation("analysis.ranking.search"));
        search.setPlaceholder(getTranslation("analysis.ranking.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("ranking-search");
        search.addValueChangeListener(e -> applyFilter());
        kind.setLabel(getTranslation("analysis.ranking.kind"));
        kind.setItems(ItemKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("analysis.ranking.kind.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("analysis.ranking.kind.all")
                : getTranslation("analysis.kind." + k.name()));
        kind.setId("ranking-kind");
        kind.addValueChangeListener(e -> applyFilter());
        count.setId("ranking-count");
        count.addClassName("tw-muted");
        HorizontalLayout filters = new HorizontalLayout(search, kind, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("ranking-grid");
        grid.setAriaLabel(getTranslation("analysis.ranking.title"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(RankedItem::position).setHeader(getTranslation("analysis.ranking.position")).setKey("position")
                .setSortable(true).setComparator(RankedItem::position).setWidth("7em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setFrozen(true);
        grid.addColumn(r -> r.item().code()).setHeader(getTranslation("analysis.ranking.code")).setKey("code")
                .setSortable(true).setComparator(r -> r.item().code()).setWidth("7em").setFlexGrow(0).setFrozen(true);
        grid.addColumn(r -> r.item().title()).setHeader(getTranslation("analysis.ranking.titleColumn")).setKey("title")
                .setSortable(true).setComparator(r -> r.item().title()).setWidth("14em").setFlexGrow(1)
                .setTooltipGenerator(r -> r.item().title());
        grid.addColumn(r -> getTranslation("analysis.kind." + r.item().kind().name()))
                .setHeader(getTranslation("analysis.ranking.kind")).setKey("kind").setSortable(true)
                .setComparator(r -> r.item().kind()).setWidth("8.5em").setFlexGrow(0);
        numberColumn("wsjf", "analysis.ranking.wsjf", RankedItem::wsjf);
        numberColumn("costOfDelay", "analysis.ranking.costOfDelay", r -> r.breakdown().costOfDelay());
        numberColumn("businessValue", "analysis.part.BUSINESS_VALUE", r -> r.breakdown().businessValue());
        numberColumn("timeCriticality", "analysis.part.TIME_CRITICALITY", r -> r.breakdown().timeCriticality());
        numberColumn("riskReduction", "analysis.part.RISK_REDUCTION", r -> r.breakdown().riskReduction());
        numberColumn("legal", "analysis.part.legal", r -> r.breakdown().legalBoost());
        numberColumn("dependencies", "analysis.part.dependencies", r -> r.breakdown().dependencyBoost());
        numberColumn("jobSize", "analysis.part.JOB_SIZE", r -> r.breakdown().jobSize());
        grid.addComponentColumn(this::source).setHeader(getTranslation("analysis.ranking.source")).setKey("source")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setDataProvider(rows);
        grid.setAllRowsVisible(true);
        grid.addClassName("tw-ranking-grid");

        chart.setId("ranking-chart");
        unranked.setId("ranking-unranked");
        unranked.addClassName("tw-muted");
        add(filters, grid, chart, unranked);
        setRanking(ranking);
    }

    private void numberColumn(String key, String header, ToDoubleFunction<RankedItem> value) {
        String text = getTranslation(header);
        grid.addColumn(r -> number.format(value.applyAsDouble(r))).setHeader(text).setKey(key)
                .setSortable(true).setComparator(Comparator.comparingDouble(value))
                // in em, so it grows with the projector's type; wide enough for the header and its sort arrows
                .setWidth(String.format(Locale.ROOT, "%.1fem", Math.max(6, text.length() * 0.65 + 3.5))).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setTooltipGenerator(r -> text + ": " + number.format(value.applyAsDouble(r)));
    }

    private Span source(RankedItem r) {
        Span source;
        if (r.criteriaFromMedian().isEmpty()) {
            source = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("analysis.ranking.source.consensus")));
        } else {
            source = new Span(VaadinIcon.CHART.create(), new Span(getTranslation("analysis.ranking.source.median",
                    String.join(", ", r.criteriaFromMedian()))));
        }
        source.addClassName("tw-ranking-source");
        return source;
    }

    /** Shows another ranking, keeping the filter and sort the user chose. */
    public void setRanking(Ranking ranking) {
        rows.getItems().clear();
        rows.getItems().addAll(ranking.ranked());
        rows.refreshAll();
        List<UnrankedItem> missing = ranking.unranked();
        unranked.setVisible(!missing.isEmpty());
        unranked.setText(missing.isEmpty() ? "" : getTranslation("analysis.ranking.unranked", String.join("; ",
                missing.stream().map(u -> u.item().code() + " (" + String.join(", ", u.missingCriteria()) + ")").toList())));
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        @Nullable ItemKind only = kind.getValue();
        com.vaadin.flow.function.SerializablePredicate<RankedItem> shows = r -> (only == null || r.item().kind() == only)
                && (text.isEmpty() || r.item().code().toLowerCase(Locale.ROOT).contains(text)
                || r.item().title().toLowerCase(Locale.ROOT).contains(text));
        rows.setFilter(shows);
        List<RankedItem> shown = rows.getItems().stream().filter(shows)
                .sorted(Comparator.comparingInt(RankedItem::position)).toList();
        int total = rows.getItems().size();
        count.setText(getTranslation("analysis.ranking.count", total, total - shown.size()));
        chart.show(shown);
    }
}
