package nl.tafelwerk.meetings;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a decision in the besluitenlijst. Where it moves a vraagstuk, it names the agenda's
 * lifecycle step (by name: the agenda feature depends on meetings, not the other way round).
 */
public enum DecisionOutcome {
    AGENDEREN("AGENDEREN"),
    PARKEREN("PARKEREN"),
    UITWERKING_STARTEN("UITWERKING_STARTEN"),
    ADVIES_VASTSTELLEN("ADVIES_GEDRAGEN_VERKLAREN"),
    GREMIUM_KIEZEN(null),
    /** "Verslag vorige vergadering vastgesteld": adopts the minutes the VERSLAG agenda item names. */
    VERSLAG_VASTSTELLEN(null),
    KENNISGENOMEN(null),
    OVERIG(null);

    private final @Nullable String lifecycleStep;

    DecisionOutcome(@Nullable String lifecycleStep) {
        this.lifecycleStep = lifecycleStep;
    }

    public @Nullable String lifecycleStep() {
        return lifecycleStep;
    }

    public String messageKey() {
        return "meeting.outcome." + name();
    }
}
