package nl.tafelwerk.assessment.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The scores of one item on one criterion after the reveal.
 *
 * @param scored       how many members scored it
 * @param skipped      how many members skipped the item
 * @param spread       median, min, max and quartiles; empty when nobody scored
 * @param distribution a count for every value of the scale, ascending, zeros included
 */
public record CriterionStatistics(String itemCode, String criterionCode, int scored, int skipped,
                                  Optional<Spread> spread, List<ValueCount> distribution) {

    public CriterionStatistics {
        distribution = List.copyOf(distribution);
    }
}
