package nl.tafelwerk.assessment.analysis;

import java.util.List;

/**
 * An item's place in a ranking (1 = first), with its breakdown.
 *
 * @param criteriaFromMedian the criteria of this item that had no consensus score, so the median of the
 *                           members' scores stood in (empty for a member's or sector's own ranking)
 */
public record RankedItem(int position, AssessedItem item, WsjfBreakdown breakdown, List<String> criteriaFromMedian) {

    public RankedItem {
        criteriaFromMedian = List.copyOf(criteriaFromMedian);
    }

    public double wsjf() {
        return breakdown.wsjf();
    }
}
