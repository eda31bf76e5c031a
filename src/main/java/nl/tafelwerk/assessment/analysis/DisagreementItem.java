package nl.tafelwerk.assessment.analysis;

/**
 * How far members lie apart on an item (DD022): the IQR of each criterion divided by the width of its scale,
 * so criteria on different scales compare. Items are ordered by the largest of these, then by their mean, then
 * by code.
 *
 * @param largestSpread     the largest normalised IQR over the item's criteria, 0 … 1
 * @param criterionCode     the criterion where it is largest (the first such in framework order)
 * @param meanSpread        the mean normalised IQR over the criteria anyone scored
 */
public record DisagreementItem(AssessedItem item, double largestSpread, String criterionCode, double meanSpread) {
}
