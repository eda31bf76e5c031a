package nl.tafelwerk.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.tafelwerk.shared.SavedItem;
import org.jspecify.annotations.Nullable;

/**
 * The draft of the next framework version as saved now. Every row has a key that stays the same while the
 * row exists (co-editors share a row's live values under it); {@code version} rises with every change.
 *
 * @param basedOnNumber the published version the draft continues from
 */
public record FrameworkDraft(long version, @Nullable Integer basedOnNumber, @Nullable BigDecimal legalObligationBoost,
                             @Nullable BigDecimal perDependentBoost, List<Gate> gates, List<Criterion> criteria,
                             String updatedBy, Instant updatedAt) implements SavedItem {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int ROWS_MAX = 50;
    public static final BigDecimal WEIGHT_MAX = new BigDecimal("100");
    public static final BigDecimal BOOST_MAX = new BigDecimal("100");

    public FrameworkDraft {
        gates = List.copyOf(gates);
        criteria = List.copyOf(criteria);
    }

    /** A gate as typed: code, name and description. */
    public record Gate(long key, String code, String name, String description) {
    }

    /**
     * A scored criterion as typed: the scale as its values separated by commas ("1, 2, 3, 5, 8, 13, 20"),
     * the weight and the WSJF part it feeds.
     */
    public record Criterion(long key, String code, String name, String description, String scale,
                            @Nullable BigDecimal weight, @Nullable WsjfPart part) {
    }
}
