package nl.tafelwerk.assessment;

import java.math.BigDecimal;

/**
 * What the framework adds to an item's cost of delay besides the scores (source 000 footnote 6): a fixed boost
 * when the item carries a legal obligation (the bouwsteen's wettelijk kader), and a boost per bouwsteen that
 * transitively needs it (from the dependency graph).
 */
public record WsjfBoosts(BigDecimal legalObligation, BigDecimal perDependentBouwsteen) {
}
