package nl.tafelwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The state machine on its own: no database, no Spring. */
class LifecycleTest {

    @Test
    void everyStateIsReachableFromIngediend() {
        Set<VraagstukStatus> seen = EnumSet.of(VraagstukStatus.INGEDIEND);
        Deque<VraagstukStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            VraagstukStatus s = todo.pop();
            for (LifecycleAction a : LifecycleAction.values()) {
                if (Lifecycle.isPossible(s, a) && seen.add(a.to())) {
                    todo.push(a.to());
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(VraagstukStatus.values());
    }

    @Test
    void finalStatesOfferNoStep() {
        for (VraagstukStatus s : VraagstukStatus.values()) {
            if (s.isFinal()) {
                assertThat(Lifecycle.available(s, Role.CHAIR, true)).as(s.name()).isEmpty();
                assertThat(Lifecycle.available(s, Role.SECRETARIAT, true)).as(s.name()).isEmpty();
            }
        }
    }

    @Test
    void rejectionReturnParkingAndWithdrawalNeedAReason() {
        assertThat(LifecycleAction.NIET_TOELATEN.reasonRequired()).isTrue();
        assertThat(LifecycleAction.TERUGSTUREN.reasonRequired()).isTrue();
        assertThat(LifecycleAction.PARKEREN.reasonRequired()).isTrue();
        assertThat(LifecycleAction.INTREKKEN.reasonRequired()).isTrue();
        assertThatThrownBy(() -> Lifecycle.apply(VraagstukStatus.IN_TOETSING, LifecycleAction.NIET_TOELATEN, Role.CHAIR, false, "  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.transition.reasonRequired"));
        assertThat(Lifecycle.apply(VraagstukStatus.IN_TOETSING, LifecycleAction.NIET_TOELATEN, Role.CHAIR, false, "Sectoraal"))
                .isEqualTo(VraagstukStatus.NIET_TOEGELATEN);
        assertThatThrownBy(() -> Lifecycle.apply(VraagstukStatus.IN_TOETSING, LifecycleAction.NIET_TOELATEN, Role.CHAIR, false,
                "x".repeat(Lifecycle.REASON_MAX + 1))).isInstanceOf(DomainException.class);
    }

    @Test
    void anImpossibleStepIsAMessageAndAForeignStepIsRefused() {
        assertThatThrownBy(() -> Lifecycle.apply(VraagstukStatus.INGEDIEND, LifecycleAction.AFSLUITEN, Role.CHAIR, false, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.transition.invalid"));
        assertThatThrownBy(() -> Lifecycle.apply(VraagstukStatus.IN_TOETSING, LifecycleAction.TOELATEN, Role.SECRETARIAT, false, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Lifecycle.apply(VraagstukStatus.INGEDIEND, LifecycleAction.INTREKKEN, Role.MEMBER, false, "weg"))
                .as("a member of another sector").isInstanceOf(AccessDeniedException.class);
        assertThat(Lifecycle.apply(VraagstukStatus.INGEDIEND, LifecycleAction.INTREKKEN, Role.MEMBER, true, "weg"))
                .isEqualTo(VraagstukStatus.INGETROKKEN);
    }

    @Test
    void observersAndAdministratorsHaveNoSteps() {
        for (VraagstukStatus s : VraagstukStatus.values()) {
            assertThat(Lifecycle.available(s, Role.OBSERVER, true)).isEmpty();
            assertThat(Lifecycle.available(s, Role.ADMIN, true)).isEmpty();
        }
    }
}
