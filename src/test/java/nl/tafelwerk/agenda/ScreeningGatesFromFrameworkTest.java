package nl.tafelwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.assessment.FrameworkDraft;
import nl.tafelwerk.assessment.FrameworkDraftChange;
import nl.tafelwerk.assessment.FrameworkService;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening checks the gates of the newest published afwegingskader; a vraagstuk screened under an older
 * version keeps its gates. Rolled back, so the demo database keeps version 1 (G-PORT … G-BOUWSTEEN).
 */
@TafelwerkTest
@Transactional
class ScreeningGatesFromFrameworkTest {

    @Autowired
    VraagstukService service;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    UserDetailsService users;
    AgendaTestSupport support;

    @BeforeEach
    void setUp() {
        support = new AgendaTestSupport(users, service);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Set<String> codes(List<ScreeningGates.Gate> gates) {
        return new HashSet<>(gates.stream().map(ScreeningGates.Gate::code).toList());
    }

    @Test
    void theChecklistIsTheCurrentFrameworksGatesInItsOrder() {
        support.actAs("lid-msz");
        assertThat(service.screeningGates()).extracting(ScreeningGates.Gate::code)
                .containsExactlyElementsOf(frameworks.current().orElseThrow().gates().stream().map(g -> g.code()).toList());
        assertThat(service.screeningGates().getFirst().name()).isEqualTo("Past in portfoliohuis / GIS-portfolio");
    }

    @Test
    void aNewVersionsGatesApplyAndOldScreeningsStayReadable() {
        Vraagstuk screenedBefore = support.fresh(VraagstukStatus.IN_TOETSING, "Getoetst onder versie 1");
        support.actAs("programmabureau");
        Set<String> oldGates = codes(service.screeningGates());
        screenedBefore = service.screen(screenedBefore.code(), oldGates, screenedBefore.version());

        // Version 2: G-BOUWSTEEN becomes G-DATA.
        FrameworkDraft d = frameworks.draft();
        List<FrameworkDraft.Gate> gates = new ArrayList<>(d.gates());
        FrameworkDraft.Gate last = gates.getLast();
        gates.set(gates.size() - 1, new FrameworkDraft.Gate(last.key(), "G-DATA", "Gegevens zijn beschikbaar", ""));
        d = frameworks.save(new FrameworkDraftChange(d.legalObligationBoost(), d.perDependentBoost(), gates, d.criteria(), d.version()));
        frameworks.publish(d.version());

        Set<String> newGates = codes(service.screeningGates());
        assertThat(newGates).contains("G-DATA").doesNotContain("G-BOUWSTEEN");
        Vraagstuk reread = service.find(screenedBefore.code()).orElseThrow();
        assertThat(reread.screening()).as("kept as screened").contains("G-BOUWSTEEN");

        support.actAs("voorzitter");
        long version = reread.version();
        String code = reread.code();
        assertThatThrownBy(() -> service.transition(code, LifecycleAction.TOELATEN, null, version))
                .as("G-DATA not yet checked").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agenda.transition.screeningIncomplete"));
        assertThatThrownBy(() -> service.screen(code, oldGates, version))
                .as("a gate no longer in the framework").isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("agenda.screening.unknownGate");
                    assertThat(e.arguments()).containsExactly("G-BOUWSTEEN");
                });
        Vraagstuk rescreened = service.screen(code, newGates, version);
        assertThat(rescreened.screening()).isEqualTo(newGates);
        Vraagstuk admitted = service.transition(code, LifecycleAction.TOELATEN, null, rescreened.version());
        assertThat(admitted.status()).isEqualTo(VraagstukStatus.OP_VOORRAADAGENDA);
    }
}
