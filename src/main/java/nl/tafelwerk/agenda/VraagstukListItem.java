package nl.tafelwerk.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of the voorraadagenda grid. */
public record VraagstukListItem(String code, String title, VraagstukType type, VraagstukStatus status,
                                @Nullable String submittedBySector, List<String> affectedSectors,
                                List<String> bouwstenen, @Nullable String gremiumCode, @Nullable LocalDate nextMeeting,
                                Instant updatedAt, String updatedBy, int position, @Nullable Urgentie urgency,
                                @Nullable VraagstukBron source, long version) {
}
