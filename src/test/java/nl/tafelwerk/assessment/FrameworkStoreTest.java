package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.shared.seed.DemoDataLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The published versions of the afwegingskader as stored, and the seeded first version. */
@TafelwerkTest
class FrameworkStoreTest {

    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        new FrameworkTestSupport(users).actAs("waarnemer");
    }

    @AfterEach
    void signOut() {
        FrameworkTestSupport.nobody();
    }

    private FrameworkVersion first() {
        return frameworks.all().stream().filter(v -> v.number() == 1).findFirst().orElseThrow();
    }

    @Test
    void versionOneHoldsTheCataloguesGatesInOrder() {
        assertThat(first().gates()).extracting(GateCriterion::code)
                .containsExactly("G-PORT", "G-VISIE", "G-ROADMAP", "G-INTERSECT", "G-IMPL", "G-BOUWSTEEN");
        assertThat(first().gates().getFirst().name()).isEqualTo("Past in portfoliohuis / GIS-portfolio");
        assertThat(first().publishedBy()).isEqualTo("Catalogus (startversie)");
    }

    @Test
    void versionOneScoresEveryScoredCriterionOnFibonacciWithWeightOneAndItsWsjfPart() {
        FrameworkVersion v1 = first();
        assertThat(v1.criteria()).hasSize(10);
        assertThat(v1.criteria()).allSatisfy(c -> {
            assertThat(c.code()).startsWith("S-");
            assertThat(c.scale()).isEqualTo(ScoreScale.FIBONACCI);
            assertThat(c.weight()).isEqualByComparingTo(BigDecimal.ONE);
        });
        Map<String, WsjfPart> parts = v1.criteria().stream()
                .collect(Collectors.toMap(ScoredCriterion::code, ScoredCriterion::part));
        assertThat(parts).containsEntry("S-WAARDE", WsjfPart.BUSINESS_VALUE)
                .containsEntry("S-WETTELIJK", WsjfPart.BUSINESS_VALUE)
                .containsEntry("S-PREVENTIE", WsjfPart.BUSINESS_VALUE)
                .containsEntry("S-URGENTIE", WsjfPart.TIME_CRITICALITY)
                .containsEntry("S-RANDVW", WsjfPart.RISK_REDUCTION)
                .containsEntry("S-INSPANNING", WsjfPart.JOB_SIZE)
                .containsEntry("S-CAPACITEIT", WsjfPart.JOB_SIZE)
                .containsEntry("S-VOLWASSENHEID", WsjfPart.JOB_SIZE);
        assertThat(v1.boosts().legalObligation()).isEqualByComparingTo("5");
        assertThat(v1.boosts().perDependentBouwsteen()).isEqualByComparingTo("1");
    }

    @Test
    void currentIsTheNewestAndAllListsNewestFirst() {
        List<FrameworkVersion> all = frameworks.all();
        assertThat(all).isNotEmpty();
        assertThat(frameworks.current()).contains(all.getFirst());
        assertThat(all).extracting(FrameworkVersion::number).isSortedAccordingTo((a, b) -> b - a);
        assertThat(frameworks.version(first().id())).contains(first());
    }

    @Test
    void importingTheCatalogueAgainAddsNoVersion() {
        int before = frameworks.all().size();
        loader.load();
        assertThat(frameworks.all()).hasSize(before);
    }

    @Test
    void nobodySignedInReadsNothing() {
        FrameworkTestSupport.nobody();
        assertThatThrownBy(() -> frameworks.current()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
