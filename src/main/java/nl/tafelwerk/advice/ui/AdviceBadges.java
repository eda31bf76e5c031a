package nl.tafelwerk.advice.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Function;
import nl.tafelwerk.advice.AdviceStatus;
import nl.tafelwerk.advice.Stance;
import nl.tafelwerk.advice.SuggestionState;

/** Status words with an icon, colour only as the third cue (UI.md). */
final class AdviceBadges {

    private AdviceBadges() {
    }

    static Span status(AdviceStatus status, Function<String, String> texts) {
        VaadinIcon icon = switch (status) {
            case CONCEPT -> VaadinIcon.EDIT;
            case TER_CONSULTATIE -> VaadinIcon.COMMENTS_O;
            case VASTGESTELD -> VaadinIcon.LOCK;
            case AANGEBODEN -> VaadinIcon.ENVELOPE_OPEN_O;
            case BESLUIT_ONTVANGEN -> VaadinIcon.GAVEL;
        };
        String theme = switch (status) {
            case CONCEPT -> "badge contrast";
            case TER_CONSULTATIE -> "badge";
            default -> "badge success";
        };
        return badge(icon, texts.apply(status.messageKey()), theme, "advice-status-" + status.name());
    }

    static Span stance(Stance stance, Function<String, String> texts) {
        VaadinIcon icon = switch (stance) {
            case STEUNT -> VaadinIcon.CHECK;
            case STEUNT_MET_VOORBEHOUD -> VaadinIcon.EXCLAMATION_CIRCLE_O;
            case STEUNT_NIET -> VaadinIcon.CLOSE_SMALL;
        };
        String theme = switch (stance) {
            case STEUNT -> "badge success";
            case STEUNT_MET_VOORBEHOUD -> "badge";
            case STEUNT_NIET -> "badge error";
        };
        return badge(icon, texts.apply(stance.messageKey()), theme, null);
    }

    static Span missing(Function<String, String> texts) {
        return badge(VaadinIcon.QUESTION_CIRCLE_O, texts.apply("adviceui.endorsement.none"), "badge contrast", null);
    }

    static Span read(boolean read, String when, Function<String, String> texts) {
        return read ? badge(VaadinIcon.EYE, texts.apply("adviceui.informed.isRead") + " " + when, "badge success", null)
                : badge(VaadinIcon.ENVELOPE_O, texts.apply("adviceui.informed.unread"), "badge", null);
    }

    static Span suggestion(SuggestionState state, Function<String, String> texts) {
        VaadinIcon icon = switch (state) {
            case OPEN -> VaadinIcon.LIGHTBULB;
            case ACCEPTED -> VaadinIcon.CHECK;
            case REJECTED -> VaadinIcon.CLOSE_SMALL;
        };
        String theme = switch (state) {
            case OPEN -> "badge";
            case ACCEPTED -> "badge success";
            case REJECTED -> "badge contrast";
        };
        return badge(icon, texts.apply(state.messageKey()), theme, "advice-suggestion-state-" + state.name());
    }

    static Span outdated(Function<String, String> texts) {
        return badge(VaadinIcon.WARNING, texts.apply("advice.source.changed"), "badge error", null);
    }

    private static Span badge(VaadinIcon icon, String text, String theme, String className) {
        Icon symbol = icon.create();
        symbol.getElement().setAttribute("aria-hidden", "true");
        symbol.getStyle().set("padding", "var(--lumo-space-xs)");
        Span badge = new Span(symbol, new Span(text));
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        if (className != null) {
            badge.addClassName(className);
        }
        return badge;
    }
}
