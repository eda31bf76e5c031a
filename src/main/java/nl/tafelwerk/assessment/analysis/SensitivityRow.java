package nl.tafelwerk.assessment.analysis;

import java.util.Optional;

/**
 * For one criterion weight: the smallest decrease and the smallest increase that change the set of items in the
 * top. Empty when no change in that direction does (down to weight 0, up without limit), or when the weight is 0
 * (a relative change of nothing has no meaning).
 */
public record SensitivityRow(Criterion criterion, Optional<WeightChange> down, Optional<WeightChange> up) {
}
