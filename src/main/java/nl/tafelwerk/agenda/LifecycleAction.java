package nl.tafelwerk.agenda;

import static nl.tafelwerk.agenda.VraagstukStatus.*;

import java.util.EnumSet;
import java.util.Set;
import nl.tafelwerk.identity.Role;

/**
 * The steps of the lifecycle: from which states, to which state, who may take them and whether a
 * reason is mandatory. A member may only take a member step for a vraagstuk of their own sector.
 */
public enum LifecycleAction {
    IN_TOETSING_NEMEN(EnumSet.of(INGEDIEND), IN_TOETSING, false, Role.SECRETARIAT),
    TOELATEN(EnumSet.of(IN_TOETSING), OP_VOORRAADAGENDA, false, Role.CHAIR),
    NIET_TOELATEN(EnumSet.of(IN_TOETSING), NIET_TOEGELATEN, true, Role.CHAIR, Role.SECRETARIAT),
    TERUGSTUREN(EnumSet.of(IN_TOETSING), TERUG_NAAR_INDIENER, true, Role.SECRETARIAT, Role.CHAIR),
    OPNIEUW_INDIENEN(EnumSet.of(TERUG_NAAR_INDIENER), INGEDIEND, false, Role.MEMBER, Role.SECRETARIAT, Role.CHAIR),
    PARKEREN(EnumSet.of(OP_VOORRAADAGENDA), GEPARKEERD, true, Role.CHAIR),
    HERACTIVEREN(EnumSet.of(GEPARKEERD), OP_VOORRAADAGENDA, false, Role.CHAIR),
    AGENDEREN(EnumSet.of(OP_VOORRAADAGENDA), GEAGENDEERD, false, Role.SECRETARIAT, Role.CHAIR),
    UITWERKING_STARTEN(EnumSet.of(GEAGENDEERD), IN_UITWERKING, false, Role.CHAIR, Role.SECRETARIAT),
    CONCEPTADVIES_GEREED(EnumSet.of(IN_UITWERKING), ADVIES_IN_CONCEPT, false, Role.SECRETARIAT, Role.CHAIR),
    ADVIES_GEDRAGEN_VERKLAREN(EnumSet.of(ADVIES_IN_CONCEPT), ADVIES_GEDRAGEN, false, Role.CHAIR),
    AANBIEDEN(EnumSet.of(ADVIES_GEDRAGEN), AANGEBODEN, false, Role.CHAIR, Role.SECRETARIAT),
    BESLUIT_VASTLEGGEN(EnumSet.of(AANGEBODEN), BESLUIT_ONTVANGEN, true, Role.SECRETARIAT, Role.CHAIR),
    AFSLUITEN(EnumSet.of(BESLUIT_ONTVANGEN), AFGESLOTEN, false, Role.CHAIR),
    INTREKKEN(EnumSet.of(INGEDIEND, IN_TOETSING, TERUG_NAAR_INDIENER), INGETROKKEN, true, Role.MEMBER, Role.CHAIR),
    /** A new version of a vastgesteld advice is drafted (the advice feature takes this step, with its reason). */
    ADVIES_HERZIEN(EnumSet.of(ADVIES_GEDRAGEN, AANGEBODEN, BESLUIT_ONTVANGEN), ADVIES_IN_CONCEPT, true, Role.CHAIR,
            Role.SECRETARIAT);

    private final Set<VraagstukStatus> from;
    private final VraagstukStatus to;
    private final boolean reasonRequired;
    private final Set<Role> roles;

    LifecycleAction(Set<VraagstukStatus> from, VraagstukStatus to, boolean reasonRequired, Role first, Role... more) {
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
        this.roles = EnumSet.of(first, more);
    }

    public Set<VraagstukStatus> from() {
        return EnumSet.copyOf(from);
    }

    public VraagstukStatus to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public String messageKey() {
        return "agenda.action." + name();
    }
}
