package nl.tafelwerk.buildingblocks;

import java.util.List;

/**
 * Whether a bouwsteen is ready for a phase: computed from the gaps on every acceptance criterion,
 * never stored or typed in.
 *
 * @param gaps one per criterion, in the order of {@link AcceptanceCriterion}
 */
public record PhaseReadiness(ImplementationPhase target, List<CriterionGap> gaps) {

    public PhaseReadiness {
        gaps = List.copyOf(gaps);
    }

    public boolean ready() {
        return gaps.stream().allMatch(CriterionGap::met);
    }

    /** The criteria that still fall short. */
    public List<CriterionGap> unmet() {
        return gaps.stream().filter(gap -> !gap.met()).toList();
    }

    /** The sum of the missing levels over all criteria. */
    public int totalGap() {
        return gaps.stream().mapToInt(CriterionGap::gap).sum();
    }
}
