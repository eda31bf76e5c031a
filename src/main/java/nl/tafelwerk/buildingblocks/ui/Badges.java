package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.ProposalState;
import org.jspecify.annotations.Nullable;

/** Status as a badge with text and icon; colour is only the third cue. */
final class Badges {

    private Badges() {
    }

    static Span status(Component owner, @Nullable BouwsteenStatus status) {
        Icon icon = (status == null ? VaadinIcon.CIRCLE_THIN : switch (status) {
            case IN_UITVOERING -> VaadinIcon.CHECK_CIRCLE;
            case VOLGEND -> VaadinIcon.CLOCK;
            case NIET_OP_AGENDA -> VaadinIcon.MINUS_CIRCLE;
        }).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("tw-badge-icon");
        Span text = new Span(statusText(owner, status));
        Span badge = new Span(icon, text);
        badge.addClassNames("tw-badge", "tw-status-" + (status == null ? "none" : status.name().toLowerCase(java.util.Locale.ROOT)));
        badge.getElement().setAttribute("data-status", status == null ? "" : status.name());
        return badge;
    }

    static String statusText(Component owner, @Nullable BouwsteenStatus status) {
        return owner.getTranslation(status == null ? "bouwsteen.status.none" : "bouwsteen.status." + status.name());
    }

    static Span proposal(Component owner, ProposalState state) {
        Icon icon = (state == ProposalState.VOORGESTELD ? VaadinIcon.LIGHTBULB : VaadinIcon.CHECK).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("tw-badge-icon");
        Span badge = new Span(icon, new Span(owner.getTranslation("bouwsteen.proposal." + state.name())));
        badge.addClassNames("tw-badge", "tw-proposal-" + state.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    /** Fill and stroke of a status in the graph (same palette as the badges). */
    static String[] statusColours(@Nullable BouwsteenStatus status) {
        if (status == null) {
            return new String[] {"#f1f3f5", "#6b7280"};
        }
        return switch (status) {
            case IN_UITVOERING -> new String[] {"#e3f4e5", "#1e7b34"};
            case VOLGEND -> new String[] {"#fff1d6", "#a35200"};
            case NIET_OP_AGENDA -> new String[] {"#fde4e4", "#b3261e"};
        };
    }
}
