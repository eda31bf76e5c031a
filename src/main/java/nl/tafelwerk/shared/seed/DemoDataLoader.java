package nl.tafelwerk.shared.seed;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the catalogue at start-up through every feature's own import step: the reference data in every
 * profile, the demo data (users, bouwstenen, vraagstukken, profile) only in the demo profile.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<SeedImportStep> steps;
    private final Resource catalogue;
    private final boolean demo;

    DemoDataLoader(List<SeedImportStep> steps, @Value("${tafelwerk.demo.catalogue:classpath:seed-catalog.json}") Resource catalogue,
                   @Value("${tafelwerk.demo.enabled:false}") boolean demo) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(SeedImportStep::order)).toList();
        this.catalogue = catalogue;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Runs every step once; returns the number of items added in total. */
    public int load() {
        SeedCatalog catalog = SeedCatalog.read(catalogue);
        int added = 0;
        for (SeedImportStep step : steps) {
            if (!demo && !step.referenceData()) {
                continue;
            }
            int n = step.importFrom(catalog);
            log.info("Catalogue {}: {} added", step.name(), n);
            added += n;
        }
        return added;
    }
}
