package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.tafelwerk.assessment.RoundBallot;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundScore;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.StaleDataException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import org.jspecify.annotations.Nullable;

/**
 * A member's own ballot: per item, a value on each criterion's scale with an optional rationale, saved per item, or
 * the item skipped with a reason. Only its author ever sees these values before the reveal.
 */
class RoundScoringForm extends Div {

    private final RoundService service;
    private final ScoringRound round;
    private final Consumer<RoundBallot> saved;
    private RoundBallot ballot;

    RoundScoringForm(RoundService service, ScoringRound round, RoundBallot ballot, Consumer<RoundBallot> saved) {
        this.service = service;
        this.round = round;
        this.ballot = ballot;
        this.saved = saved;
        addClassName("tw-round-scoring");
        setId("round-scoring");
        render();
    }

    private void render() {
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("round.scoring.intro", ballot.itemsDone(round), round.items().size()));
        intro.setId("round-scoring-intro");
        add(intro);
        int index = 0;
        for (RoundItem item : round.items()) {
            add(card(item, index++));
        }
    }

    private Div card(RoundItem item, int index) {
        Div card = new Div();
        card.addClassName("tw-round-item");
        card.getElement().setAttribute("data-item", item.key());
        H3 heading = new H3(getTranslation(item.kind().messageKey()) + " " + item.label());
        boolean done = ballot.itemDone(item.key(), round.criteria().size());
        String skipReason = ballot.skipped().get(item.key());
        Span state = new Span(getTranslation(skipReason != null ? "round.scoring.skipped"
                : done ? "round.scoring.done" : "round.scoring.todo"));
        state.addClassName(done ? "tw-round-done" : "tw-round-busy");
        state.addClassName("tw-round-item-state");
        card.add(new HorizontalLayout(heading, state));
        if (skipReason != null) {
            Paragraph skipped = new Paragraph(getTranslation("round.scoring.skippedBecause", skipReason));
            skipped.addClassName("tw-muted");
            card.add(skipped);
        }
        Map<String, RoundScore> mine = ballot.scores().getOrDefault(item.key(), Map.of());
        Map<String, Select<Integer>> values = new LinkedHashMap<>();
        Map<String, TextField> rationales = new HashMap<>();
        Div rows = new Div();
        rows.addClassName("tw-round-criteria");
        for (ScoredCriterion criterion : round.criteria()) {
            Select<Integer> value = new Select<>();
            value.setLabel(criterion.name());
            value.setHelperText(criterion.description());
            value.setItems(criterion.scale().values());
            value.setEmptySelectionAllowed(true);
            value.setEmptySelectionCaption(getTranslation("round.scoring.noValue"));
            value.setId("score-" + index + "-" + criterion.code());
            RoundScore given = mine.get(criterion.code());
            if (given != null) {
                value.setValue(given.value());
            }
            TextField rationale = new TextField(getTranslation("round.scoring.rationale"));
            FieldFeedback.limit(rationale, RoundScore.RATIONALE_MAX);
            rationale.setId("rationale-" + index + "-" + criterion.code());
            if (given != null && given.rationale() != null) {
                rationale.setValue(given.rationale());
            }
            values.put(criterion.code(), value);
            rationales.put(criterion.code(), rationale);
            Div row = new Div(value, rationale);
            row.addClassName("tw-round-criterion");
            rows.add(row);
        }
        card.add(rows);
        Button save = new Button(getTranslation("round.scoring.save"), e -> save(item, values, rationales));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("score-save-" + index);
        Button skip = new Button(getTranslation("round.scoring.skip"), VaadinIcon.ARROW_FORWARD.create(), e -> askSkip(item));
        skip.setId("score-skip-" + index);
        card.add(new HorizontalLayout(save, skip));
        return card;
    }

    private void save(RoundItem item, Map<String, Select<Integer>> values, Map<String, TextField> rationales) {
        values.values().forEach(FieldFeedback::clear);
        rationales.values().forEach(FieldFeedback::clear);
        Map<String, RoundScore> scores = new LinkedHashMap<>();
        values.forEach((code, select) -> {
            Integer value = select.getValue();
            if (value != null) {
                scores.put(code, new RoundScore(value, rationales.get(code).getValue()));
            }
        });
        try {
            apply(service.score(round.id(), item.key(), scores, ballot.version()));
            Notifications.success(getTranslation("round.scoring.saved", item.code()));
        } catch (StaleDataException e) {
            reloadAfterConflict(e);
        } catch (DomainException e) {
            String field = e.field();
            @Nullable HasValidation target = null;
            if (field != null && field.startsWith("score.")) {
                target = values.get(field.substring("score.".length()));
            } else if (field != null && field.startsWith("rationale.")) {
                target = rationales.get(field.substring("rationale.".length()));
            }
            FieldFeedback.show(getTranslation(e.messageKey(), e.arguments()), target);
        }
    }

    private void askSkip(RoundItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("round.scoring.skipTitle", item.code()));
        dialog.setId("round-skip-dialog");
        TextArea reason = new TextArea(getTranslation("round.scoring.skipReason"));
        reason.setPlaceholder(getTranslation("round.scoring.skipPlaceholder"));
        reason.setRequiredIndicatorVisible(true);
        FieldFeedback.limit(reason, RoundService.REASON_MAX);
        reason.setId("round-skip-reason");
        dialog.add(reason);
        Button ok = new Button(getTranslation("round.scoring.skip"), e -> {
            try {
                RoundBallot after = service.skip(round.id(), item.key(), reason.getValue(), ballot.version());
                dialog.close();
                apply(after);
            } catch (StaleDataException ex) {
                dialog.close();
                reloadAfterConflict(ex);
            } catch (DomainException ex) {
                FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()), "skipReason".equals(ex.field()) ? reason : null);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("round-skip-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void reloadAfterConflict(StaleDataException e) {
        Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        service.myBallot(round.id()).ifPresent(this::apply);
    }

    private void apply(RoundBallot after) {
        ballot = after;
        render();
        saved.accept(after);
    }
}
