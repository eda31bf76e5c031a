package nl.tafelwerk.shared.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Outside the demo profile only reference data (sectors, gremia) is loaded, in order. */
class DemoDataLoaderTest {

    private final List<String> ran = new ArrayList<>();

    @Test
    void productionLoadsOnlyReferenceData() {
        new DemoDataLoader(steps(), new ClassPathResource("seed-catalog.json"), false).load();
        assertThat(ran).containsExactly("sectoren", "gremia");
    }

    @Test
    void demoLoadsEverythingInOrder() {
        new DemoDataLoader(steps(), new ClassPathResource("seed-catalog.json"), true).load();
        assertThat(ran).containsExactly("sectoren", "demogebruikers", "gremia", "vraagstukken");
    }

    private List<SeedImportStep> steps() {
        return List.of(step(50, "vraagstukken", false), step(30, "gremia", true), step(10, "sectoren", true),
                step(20, "demogebruikers", false));
    }

    private SeedImportStep step(int order, String name, boolean reference) {
        return new SeedImportStep() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean referenceData() {
                return reference;
            }

            @Override
            public int importFrom(SeedCatalog catalog) {
                ran.add(name);
                return 0;
            }
        };
    }
}
