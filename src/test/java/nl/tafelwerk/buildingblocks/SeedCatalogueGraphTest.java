package nl.tafelwerk.buildingblocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.buildingblocks.graph.DependencyGraph;
import nl.tafelwerk.buildingblocks.graph.Reach;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real seed catalogue (src/main/resources/seed-catalog.json) through the analyses. */
class SeedCatalogueGraphTest {

    private static JsonNode catalogue;
    private static DependencyGraph graph;
    private static List<DomainException> refused;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SeedCatalogueGraphTest.class.getResourceAsStream("/seed-catalog.json")) {
            assertThat(in).as("seed-catalog.json on the classpath").isNotNull();
            catalogue = JsonMapper.builder().build().readTree(in);
        }
        graph = new DependencyGraph();
        for (JsonNode bouwsteen : catalogue.path("bouwstenen")) {
            graph.addBouwsteen(bouwsteen.path("code").asString());
        }
        refused = new ArrayList<>();
        for (JsonNode bouwsteen : catalogue.path("bouwstenen")) {
            for (JsonNode needed : bouwsteen.path("dependsOn")) {
                try {
                    graph.addDependency(bouwsteen.path("code").asString(), needed.asString(), "Uit de democatalogus");
                } catch (DomainException e) {
                    refused.add(e);
                }
            }
        }
    }

    @Test
    void everyBouwsteenIsInTheGraph() {
        assertThat(graph.size()).isEqualTo(catalogue.path("bouwstenen").size()).isEqualTo(31);
    }

    /**
     * The catalogue says Twiin needs Beeldbeschikbaarheid and Beeldbeschikbaarheid needs Twiin (Twiin
     * "contains" the application; the application runs on Twiin). That is the one cycle in the seed; the
     * graph refuses its second edge and keeps everything else.
     */
    @Test
    void theOnlyRefusalIsTheTwiinBeeldCycle() {
        assertThat(refused).hasSize(1);
        assertThat(refused.getFirst().messageKey()).isEqualTo("dependency.cycle");
        assertThat(refused.getFirst().arguments()).containsExactly("BEELD → TWIIN → BEELD");
        int declared = 0;
        for (JsonNode bouwsteen : catalogue.path("bouwstenen")) {
            declared += bouwsteen.path("dependsOn").size();
        }
        assertThat(graph.dependencies()).hasSize(declared - 1);
    }

    @Test
    void mitzNeedsLspAndZorgAb() {
        assertThat(graph.dependenciesOf("MITZ"))
                .containsExactly(new Reach("LSP", 1), new Reach("ZORGAB", 1), new Reach("AORTA", 2));
        assertThat(graph.closure().dependsOn("NIS", "LSP")).isTrue();
    }

    @Test
    void delayingLspBlocks() {
        List<Reach> expected = List.of(new Reach("ACUTE", 1), new Reach("LDN", 1), new Reach("MITZ", 1),
                new Reach("ZORGAB", 1), new Reach("CUMULUZ", 2), new Reach("NIS", 2), new Reach("PGO", 2),
                new Reach("MGO", 3));
        assertThat(graph.dependantsOf("LSP")).isEqualTo(expected);
        assertThat(graph.closure().dependantsOf("LSP")).isEqualTo(expected);
    }

    @Test
    void everySeedPhaseIsKnownInOrder() {
        for (JsonNode bouwsteen : catalogue.path("bouwstenen")) {
            ImplementationPhase.fromLabel(bouwsteen.path("phase").asString());
        }
        List<String> processPhases = new ArrayList<>();
        for (JsonNode phase : catalogue.path("phases")) {
            String group = phase.path("group").asString();
            if (group.equals("voortbrengingsproces") || group.equals("implementatie")) {
                processPhases.add(phase.path("code").asString());
            }
        }
        assertThat(processPhases).containsExactlyElementsOf(
                java.util.Arrays.stream(ImplementationPhase.values()).map(ImplementationPhase::name).toList());
    }

    /** A criterion's scale ends at the last implementation phase for which the source has a requirement. */
    @Test
    void criteriaScalesFollowTheSource() {
        List<AcceptanceCriterion> seen = new ArrayList<>();
        for (JsonNode item : catalogue.path("acceptatiecriteria")) {
            AcceptanceCriterion criterion = AcceptanceCriterion.fromLabel(item.path("criterion").asString());
            seen.add(criterion);
            JsonNode texts = item.path("levelsPerPhase");
            int highest = 0;
            String[] phases = {"Koplopers", "Optimalisatie", "Brede implementatie"};
            for (int level = 1; level <= phases.length; level++) {
                JsonNode text = texts.path(phases[level - 1]);
                if (!text.isMissingNode() && !text.isNull()) {
                    highest = level;
                }
            }
            assertThat(criterion.highestLevel().value()).as(criterion.label()).isEqualTo(highest);
        }
        assertThat(seen).containsExactly(AcceptanceCriterion.values());
    }
}
