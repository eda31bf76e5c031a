package nl.tafelwerk.assessment;

/** A yes/no criterion an item must pass before it enters the agenda (G-PORT … G-BOUWSTEEN in the first version). */
public record GateCriterion(String code, String name, String description) {
}
