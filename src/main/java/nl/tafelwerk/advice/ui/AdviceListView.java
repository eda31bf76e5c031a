package nl.tafelwerk.advice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tafelwerk.advice.Advice;
import nl.tafelwerk.advice.AdviceDistributionService;
import nl.tafelwerk.advice.AdviceListItem;
import nl.tafelwerk.advice.AdviceService;
import nl.tafelwerk.advice.AdviceStatus;
import nl.tafelwerk.advice.InformedAdvice;
import nl.tafelwerk.agenda.AgendaSort;
import nl.tafelwerk.agenda.VraagstukFilter;
import nl.tafelwerk.agenda.VraagstukListItem;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.meetings.GremiumView;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * The advices of the table: filterable by vraagstuk, status and missing positions, sortable, with the gremium each
 * goes to; the chair and programmabureau start one for a vraagstuk in uitwerking. Observers of informed sectors find
 * the advices sent to them under "Ter informatie", with whether they opened them.
 */
@Route("adviezen")
@PermitAll
@Menu(title = "nav.advice", order = 30, icon = "icons/advice.svg")
public class AdviceListView extends VerticalLayout implements HasDynamicTitle {

    private final AdviceService service;
    private final AdviceDistributionService distribution;
    private final VraagstukService vraagstukken;
    private final Grid<Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<AdviceStatus> status = new Select<>();
    private final Checkbox missingOnly = new Checkbox();
    private final Span count = new Span();
    private List<Row> rows = List.of();

    /** One advice with the gremium of its vraagstuk. */
    record Row(AdviceListItem item, String gremium) {
        int missing() {
            return item.participatingSectors() - item.positionsTaken();
        }
    }

    AdviceListView(AdviceService service, AdviceDistributionService distribution, VraagstukService vraagstukken) {
        this.service = service;
        this.distribution = distribution;
        this.vraagstukken = vraagstukken;
        setWidthFull();
        addClassName("tw-advices");
        add(new H2(getTranslation("adviceui.list.heading")));
        Paragraph intro = new Paragraph(getTranslation("adviceui.list.intro"));
        intro.addClassName("tw-muted");
        add(intro);

        search.setLabel(getTranslation("adviceui.list.search"));
        search.setId("advices-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show());
        status.setLabel(getTranslation("adviceui.list.status"));
        status.setId("advices-status");
        status.setItems(AdviceStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("adviceui.list.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("adviceui.list.allStatuses") : getTranslation(s.messageKey()));
        status.addValueChangeListener(e -> show());
        missingOnly.setLabel(getTranslation("adviceui.list.missingOnly"));
        missingOnly.setId("advices-missing-only");
        missingOnly.addValueChangeListener(e -> show());
        count.setId("advices-count");
        Button create = new Button(getTranslation("adviceui.list.new"), VaadinIcon.PLUS.create(), e -> newAdvice());
        create.setId("advices-new");
        create.setVisible(service.mayCreate());
        HorizontalLayout tools = new HorizontalLayout(search, status, missingOnly, create, count);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("advices-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor(Advice.route(r.item().id()), r.item().vraagstukCode() + " · " + r.item().vraagstukTitle()))
                .setHeader(getTranslation("adviceui.list.vraagstuk")).setFlexGrow(4).setSortable(true)
                .setComparator(r -> r.item().vraagstukCode());
        grid.addComponentColumn(r -> AdviceBadges.status(r.item().status(), this::getTranslation))
                .setHeader(getTranslation("adviceui.list.status")).setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(r -> r.item().status().ordinal());
        grid.addColumn(r -> r.item().versionNumber()).setHeader(getTranslation("adviceui.list.version")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true).setComparator(r -> r.item().versionNumber());
        grid.addColumn(Row::gremium).setHeader(getTranslation("adviceui.list.gremium")).setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(this::positions).setHeader(getTranslation("adviceui.list.positions")).setFlexGrow(2)
                .setSortable(true).setComparator(Row::missing);
        grid.addColumn(r -> DateTimes.dateTime(getLocale(), r.item().updatedAt()) + " · " + r.item().updatedBy())
                .setHeader(getTranslation("adviceui.list.updated")).setFlexGrow(2).setSortable(true)
                .setComparator(r -> r.item().updatedAt());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation(service.mayCreate() ? "adviceui.list.empty.staff" : "adviceui.list.empty"));
        add(tools, grid);
        load();
        addInformed();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adviceui.list.heading") + " · Tafelwerk";
    }

    private void load() {
        Map<String, String> gremiumNames = vraagstukken.gremia().stream()
                .collect(Collectors.toMap(GremiumView::code, GremiumView::name, (a, b) -> a));
        Map<String, String> gremiumOf = vraagstukken.list(VraagstukFilter.ALL, List.<AgendaSort>of(), 0, 10_000).stream()
                .filter(v -> v.gremiumCode() != null)
                .collect(Collectors.toMap(VraagstukListItem::code, v -> gremiumNames.getOrDefault(v.gremiumCode(), v.gremiumCode()),
                        (a, b) -> a));
        rows = service.all().stream().map(item -> new Row(item, gremiumOf.getOrDefault(item.vraagstukCode(), "–")))
                .sorted(Comparator.comparing((Row r) -> r.item().updatedAt()).reversed()).toList();
        show();
    }

    private void show() {
        String term = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        AdviceStatus wanted = status.getValue();
        List<Row> shown = rows.stream()
                .filter(r -> term.isEmpty() || (r.item().vraagstukCode() + " " + r.item().vraagstukTitle()).toLowerCase(Locale.ROOT).contains(term))
                .filter(r -> wanted == null || r.item().status() == wanted)
                .filter(r -> !missingOnly.getValue() || r.missing() > 0)
                .toList();
        grid.setItems(shown);
        int filtered = rows.size() - shown.size();
        count.setText(filtered == 0 ? getTranslation("adviceui.list.count", shown.size())
                : getTranslation("adviceui.list.countFiltered", shown.size(), filtered));
    }

    private Span positions(Row r) {
        Span text = new Span(getTranslation("adviceui.list.positionsTaken", r.item().positionsTaken(), r.item().participatingSectors()));
        if (r.missing() > 0) {
            text.add(new Span(" · " + getTranslation("adviceui.list.positionsMissing", r.missing())));
            text.addClassName("tw-advice-outdated");
        }
        return text;
    }

    private void newAdvice() {
        List<VraagstukListItem> ready = vraagstukken.list(
                new VraagstukFilter(null, java.util.Set.of(VraagstukStatus.IN_UITWERKING, VraagstukStatus.ADVIES_IN_CONCEPT),
                        java.util.Set.of(), null), List.of(), 0, 10_000).stream()
                .filter(v -> service.ofVraagstuk(v.code()).isEmpty()).toList();
        ComboBox<VraagstukListItem> vraagstuk = new ComboBox<>(getTranslation("adviceui.list.vraagstuk"));
        vraagstuk.setItems(ready);
        vraagstuk.setItemLabelGenerator(v -> v.code() + " · " + v.title());
        vraagstuk.setId("advice-new-vraagstuk");
        vraagstuk.setWidthFull();
        vraagstuk.setHelperText(getTranslation("adviceui.list.new.help"));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("adviceui.list.new"));
        dialog.setWidth("36rem");
        dialog.add(vraagstuk);
        Button start = new Button(getTranslation("adviceui.list.new.start"), e -> {
            VraagstukListItem chosen = vraagstuk.getValue();
            if (chosen == null) {
                FieldFeedback.show(getTranslation("validation.required"), vraagstuk);
                return;
            }
            try {
                Advice advice = service.create(chosen.code());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(advice.route()));
            } catch (DomainException refused) {
                FieldFeedback.show(getTranslation(refused.messageKey(), refused.arguments()), vraagstuk);
            } catch (AccessDeniedException denied) {
                FieldFeedback.show(getTranslation("error.forbidden"), vraagstuk);
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("advice-new-start");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), start);
        dialog.open();
    }

    /** "Ter informatie": what was sent to this user, newest first, read or not yet. */
    private void addInformed() {
        List<InformedAdvice> informed = distribution.informed();
        if (informed.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("adviceui.informed.heading")), informedGrid(informed, this, getLocale()));
    }

    /** The list of advice versions sent to the user, with when they opened each. */
    static Grid<InformedAdvice> informedGrid(List<InformedAdvice> informed, com.vaadin.flow.component.Component texts, Locale locale) {
        Grid<InformedAdvice> list = new Grid<>();
        list.setId("advices-informed");
        list.addComponentColumn(i -> new Anchor(Advice.route(i.adviceId()), i.vraagstukCode() + " · " + i.vraagstukTitle()))
                .setHeader(texts.getTranslation("adviceui.list.vraagstuk")).setFlexGrow(4);
        list.addColumn(i -> texts.getTranslation("adviceui.version.label", i.versionNumber()))
                .setHeader(texts.getTranslation("adviceui.list.version")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(i -> DateTimes.dateTime(locale, i.sentAt()) + " · " + i.sentBy())
                .setHeader(texts.getTranslation("adviceui.informed.sent")).setFlexGrow(2);
        list.addComponentColumn(i -> AdviceBadges.read(i.readAt() != null,
                        i.readAt() == null ? "" : DateTimes.dateTime(locale, i.readAt()), texts::getTranslation))
                .setHeader(texts.getTranslation("adviceui.informed.read")).setFlexGrow(1);
        list.setItems(informed);
        list.setAllRowsVisible(true);
        list.setWidthFull();
        list.setEmptyStateText(texts.getTranslation("adviceui.informed.empty"));
        return list;
    }
}
