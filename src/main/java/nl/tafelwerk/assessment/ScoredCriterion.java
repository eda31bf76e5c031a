package nl.tafelwerk.assessment;

import java.math.BigDecimal;

/** A criterion members score on its scale; its weight counts within the WSJF part it feeds. */
public record ScoredCriterion(String code, String name, String description, ScoreScale scale, BigDecimal weight,
                              WsjfPart part) {
}
