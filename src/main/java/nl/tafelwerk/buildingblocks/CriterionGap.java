package nl.tafelwerk.buildingblocks;

/** One acceptance criterion measured against what a target phase requires. */
public record CriterionGap(AcceptanceCriterion criterion, MaturityLevel current, MaturityLevel required) {

    /** How many levels are still missing; 0 when the requirement is met. */
    public int gap() {
        return Math.max(0, required.value() - current.value());
    }

    public boolean met() {
        return current.meets(required);
    }
}
