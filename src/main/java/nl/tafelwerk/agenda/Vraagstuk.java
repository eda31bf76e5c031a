package nl.tafelwerk.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A vraagstuk with every field, as saved, at {@code version}. {@code screening} holds the codes of the gates it
 * passed (see {@link ScreeningGates}); a gate no longer in the framework stays listed here.
 */
public record Vraagstuk(String code, String title, VraagstukType type, @Nullable VraagstukBron source,
                        @Nullable String description, @Nullable String rationale, @Nullable Urgentie urgency,
                        @Nullable String submittedBySector, Set<String> affectedSectors, Set<String> bouwstenen,
                        @Nullable String gremiumCode, @Nullable String workingGroup, @Nullable String owner,
                        @Nullable LocalDate nextMeeting, VraagstukStatus status, @Nullable String statusReason,
                        Set<String> screening, int position, @Nullable String submittedBy,
                        Instant updatedAt, String updatedBy, long version) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int WORKING_GROUP_MAX = 200;
    public static final int OWNER_MAX = 100;

    /** The editable fields as they are now, as the starting point of a change. */
    public VraagstukDraft toDraft() {
        return new VraagstukDraft(title, type, source, description, rationale, urgency, submittedBySector,
                affectedSectors, bouwstenen, gremiumCode, workingGroup, owner, nextMeeting, version);
    }
}
