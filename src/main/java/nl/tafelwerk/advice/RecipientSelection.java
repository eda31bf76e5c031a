package nl.tafelwerk.advice;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the chair or programmabureau chose to send: the gremium or not (with an optional e-mail address for it), and
 * the codes of the sectors whose members (participating) or observers (informed) receive the version.
 */
public record RecipientSelection(boolean gremium, @Nullable String gremiumEmail, Set<String> sectorCodes) {

    public static final int EMAIL_MAX = 254;

    public RecipientSelection {
        sectorCodes = Set.copyOf(sectorCodes);
    }

    public boolean empty() {
        return !gremium && sectorCodes.isEmpty();
    }
}
