package nl.tafelwerk.buildingblocks;

import static nl.tafelwerk.buildingblocks.AcceptanceCriterion.BEHEER;
import static nl.tafelwerk.buildingblocks.AcceptanceCriterion.REFERENTIEPROCES;
import static nl.tafelwerk.buildingblocks.AcceptanceCriterion.STURINGSMECHANISMEN;
import static nl.tafelwerk.buildingblocks.AcceptanceCriterion.TECHNISCH_GEREED;
import static nl.tafelwerk.buildingblocks.AcceptanceCriterion.TIJDSLIJNEN;
import static nl.tafelwerk.buildingblocks.AcceptanceCriterion.TOEGEVOEGDE_WAARDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.Texts;
import org.junit.jupiter.api.Test;

class MaturityTest {

    private static final MaturityProfile EXAMPLE = MaturityProfile.of(Map.of(REFERENTIEPROCES, 2,
            TOEGEVOEGDE_WAARDE, 1, TECHNISCH_GEREED, 3, TIJDSLIJNEN, 0, STURINGSMECHANISMEN, 1, BEHEER, 2));

    @Test
    void gapsPerCriterionForATargetPhase() {
        PhaseReadiness optimalisatie = EXAMPLE.readinessFor(ImplementationPhase.OPTIMALISATIE);

        assertThat(optimalisatie.gaps()).extracting(CriterionGap::criterion).containsExactly(AcceptanceCriterion.values());
        assertThat(optimalisatie.gaps()).extracting(CriterionGap::gap).containsExactly(0, 1, 0, 2, 0, 0);
        assertThat(optimalisatie.unmet()).extracting(CriterionGap::criterion)
                .containsExactly(TOEGEVOEGDE_WAARDE, TIJDSLIJNEN);
        assertThat(optimalisatie.totalGap()).isEqualTo(3);
        assertThat(optimalisatie.ready()).isFalse();
        assertThat(optimalisatie.gaps().get(3))
                .isEqualTo(new CriterionGap(TIJDSLIJNEN, MaturityLevel.NONE, MaturityLevel.OPTIMALISATIE));
    }

    @Test
    void readinessIsComputedFromTheLevels() {
        assertThat(EXAMPLE.readinessFor(ImplementationPhase.KOPLOPERS).ready()).isFalse();
        MaturityProfile withTimelines = EXAMPLE.with(TIJDSLIJNEN, 1);
        assertThat(withTimelines.readinessFor(ImplementationPhase.KOPLOPERS).ready()).isTrue();
        assertThat(withTimelines.readinessFor(ImplementationPhase.OPTIMALISATIE).unmet())
                .extracting(CriterionGap::criterion).containsExactly(TOEGEVOEGDE_WAARDE, TIJDSLIJNEN);
        assertThat(EXAMPLE.readinessFor(ImplementationPhase.KOPLOPERS).ready()).as("profiles are immutable").isFalse();
    }

    @Test
    void sturingsmechanismenKeepsRequiringTheKoplopersLevel() {
        assertThat(STURINGSMECHANISMEN.highestLevel()).isEqualTo(MaturityLevel.KOPLOPERS);
        assertThat(STURINGSMECHANISMEN.requiredFor(ImplementationPhase.KOPLOPERS)).isEqualTo(MaturityLevel.KOPLOPERS);
        assertThat(STURINGSMECHANISMEN.requiredFor(ImplementationPhase.OPTIMALISATIE)).isEqualTo(MaturityLevel.KOPLOPERS);
        assertThat(STURINGSMECHANISMEN.requiredFor(ImplementationPhase.BREED)).isEqualTo(MaturityLevel.KOPLOPERS);
        assertThat(BEHEER.requiredFor(ImplementationPhase.BREED)).isEqualTo(MaturityLevel.BREDE_IMPLEMENTATIE);

        MaturityProfile top = MaturityProfile.of(Map.of(REFERENTIEPROCES, 3, TOEGEVOEGDE_WAARDE, 3,
                TECHNISCH_GEREED, 3, TIJDSLIJNEN, 3, STURINGSMECHANISMEN, 1, BEHEER, 3));
        assertThat(top.readinessFor(ImplementationPhase.BREED).ready()).isTrue();
        assertThat(top.readinessFor(ImplementationPhase.BEHEER).ready()).isTrue();
        assertThat(top.furthestReadyPhase()).isEqualTo(ImplementationPhase.BEHEER);
    }

    @Test
    void requirementsPerPhase() {
        List<MaturityLevel> required = new ArrayList<>();
        for (ImplementationPhase phase : ImplementationPhase.values()) {
            required.add(REFERENTIEPROCES.requiredFor(phase));
        }
        assertThat(required).containsExactly(MaturityLevel.NONE, MaturityLevel.NONE, MaturityLevel.NONE,
                MaturityLevel.KOPLOPERS, MaturityLevel.OPTIMALISATIE, MaturityLevel.BREDE_IMPLEMENTATIE,
                MaturityLevel.BREDE_IMPLEMENTATIE);
        assertThat(MaturityProfile.none().readinessFor(ImplementationPhase.INTAKE).ready()).isTrue();
        assertThat(MaturityProfile.none().readinessFor(ImplementationPhase.KOPLOPERS).totalGap()).isEqualTo(6);
        assertThat(MaturityProfile.none().furthestReadyPhase()).isEqualTo(ImplementationPhase.INTAKE);
        assertThat(EXAMPLE.furthestReadyPhase()).isEqualTo(ImplementationPhase.INTAKE);
    }

    @Test
    void levelsOutsideTheScaleAreRefused() {
        DomainException sturing = catchThrowableOfType(DomainException.class,
                () -> MaturityProfile.none().with(STURINGSMECHANISMEN, 2));
        assertThat(sturing.messageKey()).isEqualTo("maturity.level.range");
        assertThat(sturing.arguments()).containsExactly(2, 1, "Sturingsmechanismen");
        assertThat(sturing.field()).isEqualTo("STURINGSMECHANISMEN");
        assertThat(Texts.get(Texts.DUTCH, sturing.messageKey(), sturing.arguments()))
                .isEqualTo("Het volwassenheidsniveau ligt tussen 0 en 1, niet 2");

        assertThat(catchThrowableOfType(DomainException.class, () -> MaturityProfile.of(Map.of(BEHEER, 4)))
                .arguments()).containsExactly(4, 3, "Beheer");
        assertThat(catchThrowableOfType(DomainException.class, () -> EXAMPLE.with(TIJDSLIJNEN, -1)).messageKey())
                .isEqualTo("maturity.level.range");
        assertThat(catchThrowableOfType(DomainException.class, () -> MaturityLevel.of(4)).messageKey())
                .isEqualTo("maturity.level.range");
        assertThat(MaturityLevel.of(3)).isEqualTo(MaturityLevel.BREDE_IMPLEMENTATIE);
    }

    @Test
    void nextPhase() {
        List<String> chain = new ArrayList<>();
        Optional<ImplementationPhase> phase = Optional.of(ImplementationPhase.STRATEGIE);
        while (phase.isPresent()) {
            chain.add(phase.get().label());
            phase = phase.get().next();
        }
        assertThat(chain).containsExactly("Strategie", "Realisatie", "Intake", "Koplopers", "Optimalisatie",
                "Brede implementatie", "Beheer");
        assertThat(EXAMPLE.readinessForNextPhase(ImplementationPhase.INTAKE))
                .map(PhaseReadiness::target).contains(ImplementationPhase.KOPLOPERS);
        assertThat(EXAMPLE.readinessForNextPhase(ImplementationPhase.BEHEER)).isEmpty();
    }

    @Test
    void phasesAndCriteriaByTheirDutchNames() {
        assertThat(ImplementationPhase.fromLabel("brede implementatie ")).isEqualTo(ImplementationPhase.BREED);
        assertThat(AcceptanceCriterion.fromLabel("Technisch gereed (MVP)")).isEqualTo(TECHNISCH_GEREED);
        assertThat(catchThrowableOfType(DomainException.class, () -> ImplementationPhase.fromLabel("Pilot")).messageKey())
                .isEqualTo("phase.unknown");
        assertThat(catchThrowableOfType(DomainException.class, () -> AcceptanceCriterion.fromLabel("Kosten"))
                .messageKey()).isEqualTo("criterion.unknown");
    }
}
