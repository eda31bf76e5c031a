package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.tafelwerk.assessment.analysis.Criterion;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.SensitivityRow;
import nl.tafelwerk.assessment.analysis.WeightChange;
import nl.tafelwerk.shared.DomainException;

/**
 * The chair's "what if" (DD023): a slider and a number field per criterion weight; every change recomputes the
 * ranking and the sensitivity table at once with {@link RoundAnalysis#whatIf}, next to the published ranking.
 * Nothing is saved and nothing is sent anywhere: the published framework and the round's ranking stay as they are,
 * which the panel says in so many words. Weights the analysis refuses (all zero, job size without weight) show the
 * Dutch message and keep the last valid result.
 */
public class WhatIfPanel extends VerticalLayout {

    /** A row of the what-if ranking: its place now, its published place and WSJF. */
    public record WhatIfRow(RankedItem item, int publishedPosition, double publishedWsjf) {

        /** Places gained (positive) or lost (negative) against the published ranking. */
        public int shift() {
            return publishedPosition == 0 ? 0 : publishedPosition - item.position();
        }
    }

    private final RoundAnalysis published;
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final Map<String, RangeInput> sliders = new HashMap<>();
    private final Grid<WhatIfRow> ranking = new Grid<>();
    private final Grid<SensitivityRow> sensitivity = new Grid<>();
    private final UnorderedList sentences = new UnorderedList();
    private final Span error = new Span();
    private final NumberFormat number;
    private RoundAnalysis current;
    private boolean syncing;

    public WhatIfPanel(RoundAnalysis published) {
        this.published = published;
        this.current = published;
        addClassName("tw-whatif-panel");
        setWidthFull();
        setPadding(false);
        number = ChartSvg.number(getLocale() == null ? Locale.of("nl", "NL") : getLocale());

        Div note = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("analysis.whatif.note")));
        note.addClassName("tw-whatif-note");
        note.setId("whatif-note");
        note.getElement().setAttribute("role", "note");

        VerticalLayout weights = new VerticalLayout();
        weights.setPadding(false);
        weights.setSpacing(false);
        weights.addClassName("tw-whatif-weights");
        for (Criterion criterion : published.round().criteria()) {
            weights.add(weightRow(criterion));
        }
        Button reset = new Button(getTranslation("analysis.whatif.reset"), VaadinIcon.ROTATE_LEFT.create(), e -> reset());
        reset.setId("whatif-reset");
        reset.addThemeVariants(ButtonVariant.TERTIARY);

        error.setId("whatif-error");
        error.addClassName("tw-whatif-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        ranking.setId("whatif-ranking");
        ranking.setAriaLabel(getTranslation("analysis.whatif.ranking"));
        ranking.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        ranking.addColumn(r -> r.item().position()).setHeader(getTranslation("analysis.ranking.position"))
                .setKey("position").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        ranking.addComponentColumn(this::shift).setHeader(getTranslation("analysis.whatif.shift")).setKey("shift")
                .setWidth("10rem").setFlexGrow(0);
        ranking.addColumn(r -> r.item().item().code()).setHeader(getTranslation("analysis.ranking.code")).setKey("code")
                .setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(r -> r.item().item().title()).setHeader(getTranslation("analysis.ranking.titleColumn"))
                .setKey("title").setFlexGrow(1).setTooltipGenerator(r -> r.item().item().title());
        ranking.addColumn(r -> number.format(r.item().wsjf())).setHeader(getTranslation("analysis.whatif.wsjf"))
                .setKey("wsjf").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(r -> r.publishedPosition() == 0 ? "—" : r.publishedPosition() + " · " + number.format(r.publishedWsjf()))
                .setHeader(getTranslation("analysis.whatif.published")).setKey("published").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        ranking.setAllRowsVisible(true);

        sensitivity.setId("whatif-sensitivity");
        sensitivity.setAriaLabel(getTranslation("analysis.sensitivity.title", RoundAnalysis.TOP));
        sensitivity.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        sensitivity.addColumn(r -> r.criterion().name()).setHeader(getTranslation("analysis.sensitivity.criterion"))
                .setKey("criterion").setAutoWidth(true).setFlexGrow(0);
        sensitivity.addColumn(r -> number.format(r.criterion().weight())).setHeader(getTranslation("analysis.sensitivity.weight"))
                .setKey("weight").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        sensitivity.addColumn(r -> cell(r, r.down(), false)).setHeader(getTranslation("analysis.sensitivity.down"))
                .setKey("down").setFlexGrow(1);
        sensitivity.addColumn(r -> cell(r, r.up(), true)).setHeader(getTranslation("analysis.sensitivity.up"))
                .setKey("up").setFlexGrow(1);
        sensitivity.setAllRowsVisible(true);
        sentences.setId("whatif-sentences");
        sentences.addClassName("tw-whatif-sentences");

        H3 weightsTitle = new H3(getTranslation("analysis.whatif.weights"));
        H3 rankingTitle = new H3(getTranslation("analysis.whatif.ranking"));
        H3 sensitivityTitle = new H3(getTranslation("analysis.sensitivity.title", RoundAnalysis.TOP));
        Span sensitivityHelp = new Span(getTranslation("analysis.sensitivity.help", RoundAnalysis.TOP));
        sensitivityHelp.addClassName("tw-muted");
        add(note, weightsTitle, weights, reset, error, rankingTitle, ranking, sensitivityTitle, sensitivityHelp, sentences,
                sensitivity);
        show(published);
    }

    private HorizontalLayout weightRow(Criterion criterion) {
        NumberField field = new NumberField(criterion.name());
        field.setId("weight-" + criterion.code());
        field.setMin(0);
        field.setStep(0.1);
        field.setStepButtonsVisible(true);
        field.setValue(criterion.weight());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(getTranslation("analysis.whatif.publishedWeight", number.format(criterion.weight()),
                getTranslation("analysis.part." + criterion.part().name())));
        field.addClassName("tw-whatif-field");
        RangeInput slider = new RangeInput();
        slider.setMin(0);
        slider.setMax(Math.max(5, Math.ceil(criterion.weight() * 3)));
        slider.setStep(0.1);
        slider.setValue(criterion.weight());
        slider.setValueChangeMode(ValueChangeMode.LAZY);
        slider.setId("weight-range-" + criterion.code());
        slider.setAriaLabel(getTranslation("analysis.whatif.slider", criterion.name()));
        slider.addClassName("tw-whatif-slider");
        field.addValueChangeListener(e -> {
            if (syncing) {
                return;
            }
            syncing = true;
            if (e.getValue() != null) {
                slider.setValue(Math.min(slider.getMax(), Math.max(0, e.getValue())));
            }
            syncing = false;
            recompute();
        });
        slider.addValueChangeListener(e -> {
            if (!syncing) {
                syncing = true;
                field.setValue(e.getValue());
                syncing = false;
                recompute();
            }
        });
        fields.put(criterion.code(), field);
        sliders.put(criterion.code(), slider);
        HorizontalLayout row = new HorizontalLayout(field, slider);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("tw-whatif-row");
        return row;
    }

    /** Back to the published weights. */
    public void reset() {
        syncing = true;
        for (Criterion criterion : published.round().criteria()) {
            fields.get(criterion.code()).setValue(criterion.weight());
            sliders.get(criterion.code()).setValue(criterion.weight());
        }
        syncing = false;
        recompute();
    }

    private void recompute() {
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, NumberField> entry : fields.entrySet()) {
            Double value = entry.getValue().getValue();
            if (value == null || entry.getValue().isInvalid()) {
                showError(getTranslation("analysis.whatif.weightMissing", entry.getValue().getLabel()));
                return;
            }
            weights.put(entry.getKey(), value);
        }
        try {
            show(published.whatIf(weights));
        } catch (DomainException refused) {
            showError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void show(RoundAnalysis analysis) {
        current = analysis;
        error.setVisible(false);
        Map<String, RankedItem> before = new HashMap<>();
        published.ranking().ranked().forEach(r -> before.put(r.item().code(), r));
        List<WhatIfRow> rows = new ArrayList<>();
        for (RankedItem r : analysis.ranking().ranked()) {
            RankedItem was = before.get(r.item().code());
            rows.add(new WhatIfRow(r, was == null ? 0 : was.position(), was == null ? 0 : was.wsjf()));
        }
        ranking.setItems(rows);
        List<SensitivityRow> table = analysis.sensitivity();
        sensitivity.setItems(table);
        sentences.removeAll();
        for (SensitivityRow row : table) {
            row.down().ifPresent(c -> sentences.add(new ListItem(sentence(row, c))));
            row.up().ifPresent(c -> sentences.add(new ListItem(sentence(row, c))));
        }
        if (sentences.getChildren().findAny().isEmpty()) {
            sentences.add(new ListItem(getTranslation(analysis.ranking().ranked().size() <= RoundAnalysis.TOP
                    ? "analysis.sensitivity.fewItems" : "analysis.sensitivity.stable",
                    analysis.ranking().ranked().size(), RoundAnalysis.TOP)));
        }
    }

    /** "weging Urgentie −12 % → VS-05 zakt uit de top 5 (VS-06 komt erin)". */
    String sentence(SensitivityRow row, WeightChange change) {
        return getTranslation("analysis.sensitivity.sentence", row.criterion().name(), percent(change), effect(change));
    }

    private String cell(SensitivityRow row, Optional<WeightChange> change, boolean up) {
        if (row.criterion().weight() == 0) {
            return getTranslation("analysis.sensitivity.zeroWeight");
        }
        if (current.ranking().ranked().size() <= RoundAnalysis.TOP) {
            return "—";
        }
        return change.map(c -> percent(c) + " → " + effect(c))
                .orElseGet(() -> getTranslation(up ? "analysis.sensitivity.none.up" : "analysis.sensitivity.none.down"));
    }

    private String effect(WeightChange change) {
        String dropped = getTranslation("analysis.sensitivity.dropped", codes(change.droppedOut()), RoundAnalysis.TOP,
                change.droppedOut().size());
        return getTranslation("analysis.sensitivity.effect", dropped, codes(change.cameIn()), change.cameIn().size());
    }

    private static String percent(WeightChange change) {
        return (change.percent() < 0 ? "−" : "+") + Math.abs(change.percent()) + " %";
    }

    private static String codes(List<String> codes) {
        return String.join(", ", codes);
    }

    private Span shift(WhatIfRow row) {
        int shift = row.shift();
        Span span;
        if (shift > 0) {
            span = new Span(VaadinIcon.ARROW_UP.create(), new Span(getTranslation("analysis.whatif.up", shift)));
        } else if (shift < 0) {
            span = new Span(VaadinIcon.ARROW_DOWN.create(), new Span(getTranslation("analysis.whatif.down", -shift)));
        } else {
            span = new Span(getTranslation("analysis.whatif.same"));
        }
        span.addClassName(shift > 0 ? "tw-shift-up" : shift < 0 ? "tw-shift-down" : "tw-shift-same");
        return span;
    }

    /** The analysis the panel shows now (the published one until a weight changes). */
    public RoundAnalysis current() {
        return current;
    }
}
