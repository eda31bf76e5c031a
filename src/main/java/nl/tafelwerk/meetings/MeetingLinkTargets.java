package nl.tafelwerk.meetings;

import java.util.List;
import java.util.Optional;

/**
 * What an agenda item of one kind links to (a scoring round, a scenario comparison, an advice), answered by
 * the feature that owns it. Meetings do not depend on those features; each implements this port with one
 * small {@code @Component} (DD039). Calls run as the calling user, under the owning feature's own rules.
 */
public interface MeetingLinkTargets {

    /** The kind of agenda item this answers for; one implementation per kind. */
    AgendaItemKind kind();

    /** What {@code reference} points at, or empty when it names nothing that exists. */
    Optional<LinkTarget> find(String reference);

    /**
     * @param title   a title for the agenda item when the programme office gives none
     * @param route   where it opens in the app (no leading slash), e.g. {@code scoringsrondes/12/rangorde}
     * @param summary a few short lines meeting mode shows under the item (e.g. the top of a ranking)
     */
    record LinkTarget(String title, String route, List<String> summary) {

        public LinkTarget {
            summary = List.copyOf(summary);
        }
    }
}
