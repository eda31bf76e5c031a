package nl.tafelwerk.buildingblocks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelwerk.shared.SavedItem;
import org.jspecify.annotations.Nullable;

/**
 * A bouwsteen as saved. {@code tableStatus} is the table's own traffic light; {@code sectorStatuses}
 * what each sector does with it. {@code inferred} names fields whose value was inferred from prose.
 */
public record Bouwsteen(String code, String name, @Nullable String description, String type, @Nullable String owner,
                        @Nullable ImplementationPhase phase, @Nullable Impact impact, @Nullable BouwsteenStatus tableStatus,
                        Map<String, BouwsteenStatus> sectorStatuses, List<String> sectors, @Nullable Integer leadTimeWeeks,
                        Map<AcceptanceCriterion, Integer> maturity, @Nullable String source, @Nullable String legalAnchor,
                        ProposalState proposalState, @Nullable String proposedBy, Set<String> inferred, long version,
                        @Nullable Instant updatedAt, @Nullable String updatedBy) implements SavedItem {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int OWNER_MAX = 120;
    public static final int SOURCE_MAX = 200;
    public static final int LEGAL_MAX = 200;
    public static final int REASON_MAX = 500;
    public static final int LEAD_TIME_MAX = 520;
    /** The perspective key of the table itself. */
    public static final String TABLE = "TAFEL";

    public int level(AcceptanceCriterion criterion) {
        return maturity.getOrDefault(criterion, 0);
    }
}
