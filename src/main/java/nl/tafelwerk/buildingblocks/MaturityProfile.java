package nl.tafelwerk.buildingblocks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The acceptance maturity of one bouwsteen: a level per acceptance criterion (missing criteria are at
 * {@link MaturityLevel#NONE}). Immutable; {@link #with} returns a changed copy.
 */
public final class MaturityProfile {

    private static final MaturityProfile NONE = new MaturityProfile(new EnumMap<>(AcceptanceCriterion.class));

    private final EnumMap<AcceptanceCriterion, MaturityLevel> levels;

    private MaturityProfile(EnumMap<AcceptanceCriterion, MaturityLevel> levels) {
        this.levels = levels;
    }

    /** Nothing met yet. */
    public static MaturityProfile none() {
        return NONE;
    }

    /**
     * @throws nl.tafelwerk.shared.DomainException {@code maturity.level.range} for a level outside a
     *                                             criterion's scale
     */
    public static MaturityProfile of(Map<AcceptanceCriterion, Integer> levels) {
        EnumMap<AcceptanceCriterion, MaturityLevel> checked = new EnumMap<>(AcceptanceCriterion.class);
        levels.forEach((criterion, value) -> checked.put(criterion, criterion.level(value)));
        return new MaturityProfile(checked);
    }

    /**
     * @throws nl.tafelwerk.shared.DomainException {@code maturity.level.range} outside the criterion's scale
     */
    public MaturityProfile with(AcceptanceCriterion criterion, int level) {
        EnumMap<AcceptanceCriterion, MaturityLevel> changed = new EnumMap<>(levels);
        changed.put(criterion, criterion.level(level));
        return new MaturityProfile(changed);
    }

    public MaturityLevel level(AcceptanceCriterion criterion) {
        return levels.getOrDefault(criterion, MaturityLevel.NONE);
    }

    /** Every criterion with its level, in criterion order. */
    public Map<AcceptanceCriterion, MaturityLevel> levels() {
        EnumMap<AcceptanceCriterion, MaturityLevel> all = new EnumMap<>(AcceptanceCriterion.class);
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            all.put(criterion, level(criterion));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The gap on every criterion for {@code target}, and whether the bouwsteen is ready for it. */
    public PhaseReadiness readinessFor(ImplementationPhase target) {
        List<CriterionGap> gaps = new ArrayList<>(AcceptanceCriterion.values().length);
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            gaps.add(new CriterionGap(criterion, level(criterion), criterion.requiredFor(target)));
        }
        return new PhaseReadiness(target, gaps);
    }

    /** Readiness for the phase after {@code current}; empty in Beheer, the last phase. */
    public Optional<PhaseReadiness> readinessForNextPhase(ImplementationPhase current) {
        return current.next().map(this::readinessFor);
    }

    /**
     * The furthest phase whose requirements are all met. Requirements only grow along the phases, so
     * this is the phase before the first one the profile is not ready for.
     */
    public ImplementationPhase furthestReadyPhase() {
        ImplementationPhase furthest = ImplementationPhase.STRATEGIE;
        for (ImplementationPhase phase : ImplementationPhase.values()) {
            if (!readinessFor(phase).ready()) {
                break;
            }
            furthest = phase;
        }
        return furthest;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MaturityProfile profile && levels().equals(profile.levels());
    }

    @Override
    public int hashCode() {
        return levels().hashCode();
    }

    @Override
    public String toString() {
        return "MaturityProfile" + levels();
    }
}
