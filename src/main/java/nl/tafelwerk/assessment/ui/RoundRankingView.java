package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.assessment.analysis.AssessedItem;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.Ranking;
import nl.tafelwerk.assessment.analysis.UnrankedItem;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.SensitivityRow;
import nl.tafelwerk.assessment.analysis.WeightChange;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The WSJF ranking of a revealed round from the consensus scores (the median where none is recorded), with the
 * breakdown per item, the sensitivity of the top 5, the chair's what-if weights (never saved, never the published
 * version), the export and carrying the order of its vraagstukken to the voorraadagenda.
 */
@Route("scoringsrondes/:id/rangorde")
@PermitAll
public class RoundRankingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService service;
    private @Nullable ScoringRound round;
    private final Div ranking = new Div();

    RoundRankingView(RoundService service) {
        this.service = service;
        addClassName("tw-round-ranking");
        ranking.setWidthFull();
        ranking.setId("round-ranking");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ScoringRound> found = RoundView.roundOf(event, service);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ScoringRound r = found.get();
        round = r;
        removeAll();
        RouterLink back = new RouterLink(getTranslation("round.ranking.back", r.title()), RoundView.class,
                new RouteParameters("id", String.valueOf(r.id())));
        add(back);
        if (!r.revealed()) {
            Paragraph sealed = new Paragraph(getTranslation("round.results.sealed"));
            sealed.setId("round-ranking-sealed");
            add(sealed);
            return;
        }
        RoundAnalysis analysis = service.analysis(r.id());
        add(new Paragraph(getTranslation("round.ranking.explain")));
        HorizontalLayout actions = new HorizontalLayout();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = service.exportWorkbook(r.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "scoringsronde-" + r.id() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), getTranslation("round.export.action"));
        export.setId("round-export");
        export.getElement().setAttribute("download", true);
        actions.add(export);
        if (service.mayDecide()) {
            Button carry = new Button(getTranslation("round.carry.action"), VaadinIcon.ARROW_RIGHT.create(), e -> askCarry(r));
            carry.addThemeVariants(ButtonVariant.PRIMARY);
            carry.setId("round-carry");
            actions.add(carry);
        }
        add(actions, ranking);
        showRanking(analysis);
        add(new H2(getTranslation("round.sensitivity.title")), sensitivity(analysis));
        if (service.mayDecide()) {
            WhatIfPanel whatIf = new WhatIfPanel(analysis);
            whatIf.setId("round-whatif");
            add(new H2(getTranslation("round.whatif.title")), whatIf);
        }
    }

    /** The one ranking panel of the product (DD023), with the items as people know them: by code, not by key. */
    private void showRanking(RoundAnalysis analysis) {
        ranking.removeAll();
        ScoringRound r = Optional.ofNullable(round).orElseThrow();
        ranking.add(new RankingPanel(new Ranking(
                analysis.ranking().ranked().stream().map(i -> new RankedItem(i.position(), shown(r, i.item()), i.breakdown(),
                        i.criteriaFromMedian())).toList(),
                analysis.ranking().unranked().stream().map(u -> new UnrankedItem(shown(r, u.item()), u.missingCriteria())).toList())));
    }

    private static AssessedItem shown(ScoringRound r, AssessedItem item) {
        RoundItem roundItem = r.item(item.code());
        return new AssessedItem(roundItem.code(), roundItem.title(), item.kind(), item.legalObligation(), item.dependentBouwstenen());
    }

    private Div sensitivity(RoundAnalysis analysis) {
        ScoringRound r = Optional.ofNullable(round).orElseThrow();
        Grid<SensitivityRow> grid = new Grid<>();
        grid.setId("round-sensitivity");
        grid.addColumn(row -> row.criterion().name()).setHeader(getTranslation("round.sensitivity.criterion")).setFlexGrow(2);
        grid.addColumn(row -> change(r, row.down())).setHeader(getTranslation("round.sensitivity.down")).setFlexGrow(3);
        grid.addColumn(row -> change(r, row.up())).setHeader(getTranslation("round.sensitivity.up")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(analysis.sensitivity());
        grid.setAllRowsVisible(true);
        Div box = new Div(grid);
        box.setWidthFull();
        return box;
    }

    private String change(ScoringRound r, Optional<WeightChange> change) {
        return change.map(c -> getTranslation("round.sensitivity.change", (c.percent() > 0 ? "+" : "") + c.percent(),
                String.join(", ", c.droppedOut().stream().map(k -> r.item(k).code()).toList()),
                String.join(", ", c.cameIn().stream().map(k -> r.item(k).code()).toList())))
                .orElse(getTranslation("round.sensitivity.stable"));
    }

    private void askCarry(ScoringRound r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("round.carry.title"));
        dialog.setId("round-carry-dialog");
        dialog.add(new Paragraph(getTranslation("round.carry.explain")));
        TextArea reason = new TextArea(getTranslation("round.carry.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setId("round-carry-reason");
        FieldFeedback.limit(reason, RoundService.REASON_MAX);
        dialog.add(reason);
        Button ok = new Button(getTranslation("round.carry.action"), e -> {
            try {
                List<String> moved = service.carryOrder(r.id(), reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("round.carry.done", moved.size()));
            } catch (DomainException ex) {
                FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()), "reason".equals(ex.field()) ? reason : null);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("round-carry-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (round == null ? getTranslation("round.list.title") : getTranslation("round.ranking.title", round.title())) + " · Tafelwerk";
    }
}
