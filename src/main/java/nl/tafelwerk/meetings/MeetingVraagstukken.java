package nl.tafelwerk.meetings;

import java.util.List;
import java.util.Optional;

/**
 * What a meeting needs of the voorraadagenda. Implemented by the agenda feature over its
 * VraagstukService (the agenda already depends on meetings for the gremia; this keeps the features
 * free of a cycle, DD032). Every call runs as the calling user, under the agenda's own rules.
 */
public interface MeetingVraagstukken {

    /** Vraagstukken in status geagendeerd, in the agreed order. */
    List<LinkedVraagstuk> scheduled();

    Optional<LinkedVraagstuk> find(String code);

    /** Takes the agenda lifecycle step named {@code step}, with the reason that points to the meeting. */
    LinkedVraagstuk takeStep(String code, String step, String reason);

    /** Sets the target gremium the meeting chose ("gremium kiezen"), with the reason that points to the meeting. */
    LinkedVraagstuk assignGremium(String code, String gremiumCode, String reason);

    record LinkedVraagstuk(String code, String title, String status) {
    }
}
