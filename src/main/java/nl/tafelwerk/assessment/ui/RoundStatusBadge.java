package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import nl.tafelwerk.assessment.RoundStatus;

/** A round's status as text plus icon; colour is only the third cue. */
final class RoundStatusBadge extends Span {

    RoundStatusBadge(RoundStatus status) {
        addClassName("tw-status");
        getElement().setAttribute("data-status", status.name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-group", switch (status) {
            case OPEN -> "work";
            case CLOSED -> "stopped";
            case REVEALED -> "done";
        });
        Icon icon = (switch (status) {
            case OPEN -> VaadinIcon.LOCK;
            case CLOSED -> VaadinIcon.HOURGLASS;
            case REVEALED -> VaadinIcon.EYE;
        }).create();
        icon.addClassName("tw-status-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation(status.messageKey())));
    }
}
