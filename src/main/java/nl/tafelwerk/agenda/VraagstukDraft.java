package nl.tafelwerk.agenda;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The editable fields of a vraagstuk, made against {@code baseVersion} (ignored when submitting a new one). */
public record VraagstukDraft(String title, @Nullable VraagstukType type, @Nullable VraagstukBron source,
                             @Nullable String description, @Nullable String rationale, @Nullable Urgentie urgency,
                             @Nullable String submittedBySector, Set<String> affectedSectors, Set<String> bouwstenen,
                             @Nullable String gremiumCode, @Nullable String workingGroup, @Nullable String owner,
                             @Nullable LocalDate nextMeeting, long baseVersion) {

    public VraagstukDraft {
        affectedSectors = Set.copyOf(affectedSectors);
        bouwstenen = Set.copyOf(bouwstenen);
    }

    public VraagstukDraft withTitle(String newTitle) {
        return new VraagstukDraft(newTitle, type, source, description, rationale, urgency, submittedBySector,
                affectedSectors, bouwstenen, gremiumCode, workingGroup, owner, nextMeeting, baseVersion);
    }

    public VraagstukDraft withGremium(@Nullable String newGremium) {
        return new VraagstukDraft(title, type, source, description, rationale, urgency, submittedBySector,
                affectedSectors, bouwstenen, newGremium, workingGroup, owner, nextMeeting, baseVersion);
    }

    public VraagstukDraft withBaseVersion(long version) {
        return new VraagstukDraft(title, type, source, description, rationale, urgency, submittedBySector,
                affectedSectors, bouwstenen, gremiumCode, workingGroup, owner, nextMeeting, version);
    }

    /** A minimal new submission: a title, a type and the submitting sector. */
    public static VraagstukDraft of(String title, VraagstukType type, @Nullable String submittedBySector) {
        return new VraagstukDraft(title, type, VraagstukBron.LID_VAN_DE_TAFEL, null, null, null, submittedBySector,
                Set.of(), Set.of(), null, null, null, null, 0);
    }
}
