package nl.tafelwerk.assessment.analysis;

/** The score the chair recorded for the table on one item and criterion after the reveal. */
public record ConsensusScore(String itemCode, String criterionCode, double value) {
}
