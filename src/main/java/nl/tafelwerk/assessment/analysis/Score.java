package nl.tafelwerk.assessment.analysis;

/** One member's score of one item on one criterion; it must be a value of the criterion's scale. */
public record Score(String memberId, String itemCode, String criterionCode, int value) {
}
