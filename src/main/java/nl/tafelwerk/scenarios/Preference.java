package nl.tafelwerk.scenarios;

import java.time.Instant;

/**
 * A preferred scenario of a vraagstuk with its rationale: the chair's marking ({@code party} =
 * {@link #CHAIR}) or one sector's preference (the sector's code). Kept for the advice.
 */
public record Preference(String vraagstukCode, String party, String scenarioCode, String rationale, String recordedBy,
                         Instant recordedAt) {

    public static final String CHAIR = "VOORZITTER";
    public static final int RATIONALE_MAX = 2000;

    public boolean byChair() {
        return CHAIR.equals(party);
    }
}
