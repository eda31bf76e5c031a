package nl.tafelwerk.assessment.analysis;

import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.WsjfPart;

/** A scored criterion as the calculations need it: its weight counts within the WSJF part it feeds. */
public record Criterion(String code, String name, double weight, WsjfPart part, ScoreScale scale) {

    public Criterion {
        if (code.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a code");
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be a number: " + code);
        }
    }

    public static Criterion of(ScoredCriterion criterion) {
        return new Criterion(criterion.code(), criterion.name(), criterion.weight().doubleValue(), criterion.part(),
                criterion.scale());
    }

    /** The same criterion with another weight (the what-if panel and the sensitivity search). */
    public Criterion withWeight(double newWeight) {
        return new Criterion(code, name, newWeight, part, scale);
    }

    /** Width of the scale, the yardstick for comparing spreads of criteria on different scales. */
    double scaleRange() {
        return scale.max() - scale.min();
    }
}
