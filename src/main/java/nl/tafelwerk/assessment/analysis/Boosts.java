package nl.tafelwerk.assessment.analysis;

import nl.tafelwerk.assessment.WsjfBoosts;

/**
 * What the framework adds to the cost of delay besides the scores: a fixed amount for a legal obligation and
 * an amount per bouwsteen that transitively needs the item.
 */
public record Boosts(double legalObligation, double perDependentBouwsteen) {

    public static final Boosts NONE = new Boosts(0, 0);

    public Boosts {
        if (!(legalObligation >= 0) || !(perDependentBouwsteen >= 0)) {
            throw new IllegalArgumentException("boosts cannot be negative");
        }
    }

    public static Boosts of(WsjfBoosts boosts) {
        return new Boosts(boosts.legalObligation().doubleValue(), boosts.perDependentBouwsteen().doubleValue());
    }
}
