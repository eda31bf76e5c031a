package nl.tafelwerk.meetings;

import java.util.EnumSet;
import java.util.Set;
import nl.tafelwerk.identity.Role;

/** The steps between meeting states and who may take them: the programme office prepares, the chair runs the meeting. */
public enum MeetingStep {
    AGENDA_VASTSTELLEN(MeetingState.GEPLAND, MeetingState.AGENDA_VASTGESTELD, Role.CHAIR, Role.SECRETARIAT),
    STUKKEN_VERZENDEN(MeetingState.AGENDA_VASTGESTELD, MeetingState.STUKKEN_VERZONDEN, Role.SECRETARIAT),
    OPENEN(MeetingState.STUKKEN_VERZONDEN, MeetingState.LOPEND, Role.CHAIR),
    SLUITEN(MeetingState.LOPEND, MeetingState.AFGEROND, Role.CHAIR),
    VERSLAG_VASTSTELLEN(MeetingState.AFGEROND, MeetingState.VERSLAG_VASTGESTELD, Role.CHAIR);

    private final MeetingState from;
    private final MeetingState to;
    private final Set<Role> roles;

    MeetingStep(MeetingState from, MeetingState to, Role first, Role... more) {
        this.from = from;
        this.to = to;
        this.roles = EnumSet.of(first, more);
    }

    public MeetingState from() {
        return from;
    }

    public MeetingState to() {
        return to;
    }

    public boolean allowedFor(Role role) {
        return roles.contains(role);
    }

    public String messageKey() {
        return "meeting.step." + name();
    }
}
