package nl.tafelwerk.agenda;

import java.util.Arrays;
import java.util.List;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** The state machine of a vraagstuk: which step is possible now and for whom. Pure logic, no storage. */
public final class Lifecycle {

    public static final int REASON_MAX = 1000;

    private Lifecycle() {
    }

    /** Whether {@code action} leads somewhere from {@code status}, regardless of who asks. */
    public static boolean isPossible(VraagstukStatus status, LifecycleAction action) {
        return action.from().contains(status);
    }

    /** Whether this person may take the step; a member only for their own sector's vraagstuk. */
    public static boolean isAllowed(Role role, boolean ownSector, LifecycleAction action) {
        if (!action.roles().contains(role)) {
            return false;
        }
        return role != Role.MEMBER || ownSector;
    }

    /** The steps this person can take now. */
    public static List<LifecycleAction> available(VraagstukStatus status, Role role, boolean ownSector) {
        return Arrays.stream(LifecycleAction.values())
                .filter(a -> isPossible(status, a) && isAllowed(role, ownSector, a))
                .toList();
    }

    /**
     * Checks the step and returns the new state with the cleaned reason; refuses an impossible step
     * with a message, a step by the wrong person with {@link AccessDeniedException}.
     */
    public static VraagstukStatus apply(VraagstukStatus status, LifecycleAction action, Role role, boolean ownSector,
                                        @Nullable String reason) {
        if (!isAllowed(role, ownSector, action)) {
            throw new AccessDeniedException("role " + role + " may not " + action);
        }
        if (!isPossible(status, action)) {
            throw new DomainException("status", "agenda.transition.invalid", status.name(), action.name());
        }
        String cleaned = reason == null ? "" : reason.strip();
        if (action.reasonRequired() && cleaned.isEmpty()) {
            throw new DomainException("reason", "agenda.transition.reasonRequired");
        }
        if (cleaned.length() > REASON_MAX) {
            throw new DomainException("reason", "validation.tooLong", REASON_MAX);
        }
        return action.to();
    }
}
