package nl.tafelwerk.assessment.analysis;

/** How many members gave one value of the scale. */
public record ValueCount(int value, int count) {
}
