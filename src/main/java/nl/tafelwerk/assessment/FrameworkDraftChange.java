package nl.tafelwerk.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The typed values of the draft, saved against {@code baseVersion}. Rows are matched by key: a row removed
 * meanwhile is not brought back and a row added meanwhile stays; adding, removing and moving rows are
 * separate steps of {@link FrameworkService}.
 */
public record FrameworkDraftChange(@Nullable BigDecimal legalObligationBoost, @Nullable BigDecimal perDependentBoost,
                                   List<FrameworkDraft.Gate> gates, List<FrameworkDraft.Criterion> criteria,
                                   long baseVersion) {

    public FrameworkDraftChange {
        gates = List.copyOf(gates);
        criteria = List.copyOf(criteria);
    }
}
