package nl.tafelwerk.buildingblocks;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One bouwsteen in the maturity matrix: its level per criterion, the phase it aims for next, and
 * whether it is ready for that phase (every criterion at least at the required level). Without a
 * next phase (broad roll-out, management) {@code required} is what its own phase asks.
 */
public record MaturityRow(String code, String name, @Nullable ImplementationPhase phase,
                          @Nullable ImplementationPhase nextPhase, Map<AcceptanceCriterion, Integer> levels,
                          Map<AcceptanceCriterion, Integer> required, boolean readyForNext) {

    public int gap(AcceptanceCriterion criterion) {
        return Math.max(0, required.getOrDefault(criterion, 0) - levels.getOrDefault(criterion, 0));
    }
}
