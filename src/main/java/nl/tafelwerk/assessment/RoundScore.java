package nl.tafelwerk.assessment;

import org.jspecify.annotations.Nullable;

/** One value a member gave on one criterion of one item, with an optional rationale. */
public record RoundScore(int value, @Nullable String rationale) {

    public static final int RATIONALE_MAX = 2000;

    /** Never the value: records print themselves in logs and exception messages, and a score is sealed. */
    @Override
    public String toString() {
        return "RoundScore[sealed]";
    }
}
