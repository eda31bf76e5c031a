package nl.tafelwerk.advice;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.tafelwerk.shared.SavedItem;
import org.jspecify.annotations.Nullable;

/**
 * The advice of a vraagstuk as saved, at {@code version}. {@code versionNumber} is the number of the version being
 * drafted (CONCEPT, TER_CONSULTATIE) or the last one vastgesteld (from VASTGESTELD on); {@code revisionReason} is why
 * this version was started (null for version 1). {@code decision} is the gremium's decision once recorded.
 */
public record Advice(long id, String vraagstukCode, String vraagstukTitle, AdviceStatus status, int versionNumber,
                     @Nullable String revisionReason, Map<AdviceSection, String> texts,
                     @Nullable GremiumDecision decision, Instant updatedAt, String updatedBy, long version)
        implements SavedItem {

    /** The hard maximum of one section's text; more is refused at that section, nothing saved is lost. */
    public static final int SECTION_MAX = 50_000;
    public static final int REASON_MAX = 1000;

    public Advice {
        Map<AdviceSection, String> copy = new EnumMap<>(AdviceSection.class);
        for (AdviceSection s : AdviceSection.values()) {
            String t = texts.get(s);
            copy.put(s, t == null ? "" : t);
        }
        texts = Map.copyOf(copy);
    }

    public String text(AdviceSection section) {
        return texts.get(section);
    }

    public AdviceDraft toDraft() {
        return AdviceDraft.of(texts, version);
    }

    public boolean frozen() {
        return status.frozen();
    }

    /** The in-app route of this advice. */
    public String route() {
        return route(id);
    }

    public static String route(long id) {
        return "adviezen/" + id;
    }

    public String label() {
        return "Advies " + vraagstukCode + " · " + vraagstukTitle;
    }
}
