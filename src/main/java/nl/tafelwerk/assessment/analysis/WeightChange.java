package nl.tafelwerk.assessment.analysis;

import java.util.List;

/**
 * The smallest change of one weight, in one direction, that changes which items make the top (DD022).
 *
 * @param relativeChange the exact change at which it happens, as a fraction of the weight (−0.18 = 18 % lower);
 *                       the weight must pass this point, at exactly this point items are tied
 * @param percent        the first whole percent (away from zero, at least 1) at which the top really differs, as
 *                       the table shows it: at the exact point items tie and the tie-break can keep the old top
 * @param topAfter       the top just past the change, in order
 * @param droppedOut     items that leave the top, in their old order
 * @param cameIn         items that enter it, in their new order
 */
public record WeightChange(double relativeChange, int percent, double newWeight, List<String> topAfter,
                           List<String> droppedOut, List<String> cameIn) {

    public WeightChange {
        topAfter = List.copyOf(topAfter);
        droppedOut = List.copyOf(droppedOut);
        cameIn = List.copyOf(cameIn);
    }
}
