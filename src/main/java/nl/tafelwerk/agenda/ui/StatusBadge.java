package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import nl.tafelwerk.agenda.VraagstukStatus;

/** A status as text plus icon; colour is only the third cue, so it survives projectors and colour blindness. */
final class StatusBadge extends Span {

    StatusBadge(VraagstukStatus status) {
        addClassName("tw-status");
        getElement().setAttribute("data-status", status.name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-group", group(status));
        Icon icon = icon(status).create();
        icon.addClassName("tw-status-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(getTranslation(status.messageKey()));
        add(icon, text);
    }

    static VaadinIcon icon(VraagstukStatus status) {
        return switch (status) {
            case INGEDIEND -> VaadinIcon.INBOX;
            case IN_TOETSING -> VaadinIcon.SEARCH;
            case TERUG_NAAR_INDIENER -> VaadinIcon.ARROW_BACKWARD;
            case NIET_TOEGELATEN -> VaadinIcon.BAN;
            case OP_VOORRAADAGENDA -> VaadinIcon.LIST_OL;
            case GEPARKEERD -> VaadinIcon.PAUSE;
            case GEAGENDEERD -> VaadinIcon.CALENDAR;
            case IN_UITWERKING -> VaadinIcon.COGS;
            case ADVIES_IN_CONCEPT -> VaadinIcon.EDIT;
            case ADVIES_GEDRAGEN -> VaadinIcon.HANDSHAKE;
            case AANGEBODEN -> VaadinIcon.PAPERPLANE;
            case BESLUIT_ONTVANGEN -> VaadinIcon.GAVEL;
            case AFGESLOTEN -> VaadinIcon.CHECK_CIRCLE;
            case INGETROKKEN -> VaadinIcon.CLOSE_CIRCLE;
        };
    }

    static String group(VraagstukStatus status) {
        return switch (status) {
            case INGEDIEND, IN_TOETSING, TERUG_NAAR_INDIENER -> "intake";
            case OP_VOORRAADAGENDA, GEAGENDEERD -> "agenda";
            case IN_UITWERKING, ADVIES_IN_CONCEPT, ADVIES_GEDRAGEN, AANGEBODEN, BESLUIT_ONTVANGEN -> "work";
            case AFGESLOTEN -> "done";
            case NIET_TOEGELATEN, INGETROKKEN, GEPARKEERD -> "stopped";
        };
    }
}
