package nl.tafelwerk.advice;

import java.util.EnumSet;
import java.util.Set;
import nl.tafelwerk.identity.Role;

/**
 * The steps of an advice's lifecycle (DD040): from which states, to which, and who may take them. Each step also moves
 * the vraagstuk through the agenda's lifecycle (with the advice as the reason).
 */
public enum AdviceStep {
    /** Members comment and suggest, sectors take positions; only chair and programmabureau still edit directly. */
    TER_CONSULTATIE(EnumSet.of(AdviceStatus.CONCEPT), AdviceStatus.TER_CONSULTATIE, Role.CHAIR, Role.SECRETARIAT),
    /** Back to writing together, e.g. after a round of comments; positions stay. */
    TERUG_NAAR_CONCEPT(EnumSet.of(AdviceStatus.TER_CONSULTATIE), AdviceStatus.CONCEPT, Role.CHAIR, Role.SECRETARIAT),
    /** The chair freezes the version: required sections filled; makes an immutable numbered version. */
    VASTSTELLEN(EnumSet.of(AdviceStatus.CONCEPT, AdviceStatus.TER_CONSULTATIE), AdviceStatus.VASTGESTELD, Role.CHAIR),
    AANBIEDEN(EnumSet.of(AdviceStatus.VASTGESTELD), AdviceStatus.AANGEBODEN, Role.CHAIR, Role.SECRETARIAT),
    /** The gremium's decision, recorded as an external record (date, text, reference). */
    BESLUIT_VASTLEGGEN(EnumSet.of(AdviceStatus.AANGEBODEN), AdviceStatus.BESLUIT_ONTVANGEN, Role.CHAIR, Role.SECRETARIAT),
    /** A new version, with a reason, starting from the last version's texts; the old one stays readable. */
    NIEUWE_VERSIE(EnumSet.of(AdviceStatus.VASTGESTELD, AdviceStatus.AANGEBODEN, AdviceStatus.BESLUIT_ONTVANGEN),
            AdviceStatus.CONCEPT, Role.CHAIR, Role.SECRETARIAT);

    private final Set<AdviceStatus> from;
    private final AdviceStatus to;
    private final Set<Role> roles;

    AdviceStep(Set<AdviceStatus> from, AdviceStatus to, Role first, Role... more) {
        this.from = from;
        this.to = to;
        this.roles = EnumSet.of(first, more);
    }

    public Set<AdviceStatus> from() {
        return EnumSet.copyOf(from);
    }

    public AdviceStatus to() {
        return to;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public String messageKey() {
        return "advice.step." + name();
    }
}
