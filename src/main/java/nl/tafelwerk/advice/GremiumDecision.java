package nl.tafelwerk.advice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision of the bestuurlijk gremium on the advice, recorded as an external record (the table does not decide).
 *
 * @param reference where the decision can be found, e.g. "Verslag BO IZA 12 maart 2027, punt 4"
 */
public record GremiumDecision(LocalDate date, String text, String reference, String recordedBy, Instant recordedAt) {

    public static final int TEXT_MAX = 10_000;
    public static final int REFERENCE_MAX = 300;
}
