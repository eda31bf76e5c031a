package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelwerk.assessment.RoundConsensus;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundResults;
import nl.tafelwerk.assessment.RoundScore;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;

/**
 * The results of a revealed round: agreement over the members' rankings, items in order of disagreement (discuss
 * those first), per item and criterion the spread with its chart, every member's score (named or by sector) next
 * to the consensus the chair records, and how each sector ranks the items.
 */
class RoundResultsPanel extends Div {

    private final RoundService service;
    private final RoundResults results;
    private final boolean mayDecide;
    private final Runnable consensusRecorded;

    RoundResultsPanel(RoundService service, RoundResults results, boolean mayDecide, Runnable consensusRecorded) {
        this.service = service;
        this.results = results;
        this.mayDecide = mayDecide;
        this.consensusRecorded = consensusRecorded;
        addClassName("tw-round-results");
        setId("round-results");
        RoundRevealStatistics stats = RoundRevealStatistics.of(results, service, getLocale());
        H2 title = new H2(getTranslation("round.results.title"));
        Paragraph agreement = new Paragraph(stats.hasAgreement() ? getTranslation("round.results.kendall", stats.kendallText(),
                getTranslation(stats.kendallMeaningKey())) : getTranslation("round.results.kendall.none"));
        agreement.setId("round-kendall");
        agreement.addClassName("tw-round-kendall");
        add(title, agreement);
        add(new H3(getTranslation("round.results.discussFirst")));
        UnorderedList order = new UnorderedList();
        order.setId("round-disagreement");
        stats.byDisagreement().forEach(key -> order.add(new ListItem(results.round().item(key).label())));
        add(order);
        for (String key : stats.byDisagreement()) {
            add(itemCard(results.round().item(key), stats));
        }
        add(new H3(getTranslation("round.results.perSector")));
        add(sectorRankings(stats));
    }

    private Div itemCard(RoundItem item, RoundRevealStatistics stats) {
        Div card = new Div();
        card.addClassName("tw-round-item");
        card.getElement().setAttribute("data-item", item.key());
        card.add(new H3(getTranslation(item.kind().messageKey()) + " " + item.label()));
        int index = results.round().items().indexOf(item);
        for (ScoredCriterion criterion : results.round().criteria()) {
            Div row = new Div();
            row.addClassName("tw-round-result-row");
            Span name = new Span(criterion.name());
            name.addClassName("tw-round-result-criterion");
            row.add(name, stats.summary(item.key(), criterion), stats.chart(item.key(), criterion));
            row.add(memberScores(item.key(), criterion));
            row.add(consensus(item, index, criterion));
            card.add(row);
        }
        List<String> skips = results.ballots().stream().filter(b -> b.skipped().containsKey(item.key()))
                .map(b -> getTranslation("round.results.skippedBy", b.label(), b.skipped().get(item.key()))).toList();
        if (!skips.isEmpty()) {
            UnorderedList list = new UnorderedList();
            skips.forEach(s -> list.add(new ListItem(s)));
            list.addClassName("tw-muted");
            card.add(list);
        }
        return card;
    }

    private Component memberScores(String itemKey, ScoredCriterion criterion) {
        UnorderedList list = new UnorderedList();
        list.addClassName("tw-round-member-scores");
        for (RoundResults.RevealedBallot ballot : results.ballots()) {
            Optional<RoundScore> score = ballot.score(itemKey, criterion.code());
            score.ifPresent(s -> list.add(new ListItem(getTranslation(s.rationale() == null ? "round.results.memberScore"
                    : "round.results.memberScoreWhy", ballot.label(), s.value(), s.rationale()))));
        }
        return list;
    }

    private Component consensus(RoundItem item, int index, ScoredCriterion criterion) {
        Optional<RoundConsensus> recorded = results.consensus(item.key(), criterion.code());
        Div box = new Div();
        box.addClassName("tw-round-consensus");
        if (!mayDecide) {
            box.add(new Span(recorded.map(c -> getTranslation(c.rationale() == null ? "round.consensus.value"
                    : "round.consensus.valueWhy", c.value(), c.rationale())).orElse(getTranslation("round.consensus.none"))));
            return box;
        }
        Select<Integer> value = new Select<>();
        value.setLabel(getTranslation("round.consensus"));
        value.setItems(criterion.scale().values());
        value.setId("consensus-" + index + "-" + criterion.code());
        TextField rationale = new TextField(getTranslation("round.consensus.rationale"));
        FieldFeedback.limit(rationale, RoundScore.RATIONALE_MAX);
        rationale.setId("consensus-why-" + index + "-" + criterion.code());
        recorded.ifPresent(c -> {
            value.setValue(c.value());
            if (c.rationale() != null) {
                rationale.setValue(c.rationale());
            }
        });
        Button save = new Button(getTranslation("round.consensus.save"), e -> {
            FieldFeedback.clear(value, rationale);
            if (value.getValue() == null) {
                FieldFeedback.show(getTranslation("round.consensus.required"), value);
                return;
            }
            try {
                service.recordConsensus(results.round().id(), item.key(), criterion.code(), value.getValue(), rationale.getValue());
                Notifications.success(getTranslation("round.consensus.saved", item.code(), criterion.name()));
                consensusRecorded.run();
            } catch (DomainException ex) {
                FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()),
                        "consensusRationale".equals(ex.field()) ? rationale : value);
            }
        });
        save.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        save.setId("consensus-save-" + index + "-" + criterion.code());
        box.add(value, rationale, save);
        return box;
    }

    private Component sectorRankings(RoundRevealStatistics stats) {
        Div grid = new Div();
        grid.addClassName("tw-round-sector-rankings");
        grid.setId("round-sector-rankings");
        for (Map.Entry<String, List<String>> sector : stats.perSectorRanking().entrySet()) {
            Div column = new Div(new H3(sector.getKey()));
            column.getElement().setAttribute("data-sector", sector.getKey());
            com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
            sector.getValue().forEach(key -> list.add(new ListItem(results.round().item(key).code())));
            column.add(list);
            grid.add(column);
        }
        return grid;
    }
}
