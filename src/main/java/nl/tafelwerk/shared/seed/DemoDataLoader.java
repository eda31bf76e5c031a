package nl.tafelwerk.shared.seed;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Loads the demo catalogue at start-up in the demo profile, through every feature's own import step. */
@Component
@ConditionalOnProperty(name = "tafelwerk.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<SeedImportStep> steps;
    private final Resource catalogue;

    DemoDataLoader(List<SeedImportStep> steps, @Value("${tafelwerk.demo.catalogue:classpath:seed-catalog.json}") Resource catalogue) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(SeedImportStep::order)).toList();
        this.catalogue = catalogue;
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
            int n = step.importFrom(catalog);
            log.info("Demo data {}: {} added", step.name(), n);
            added += n;
        }
        return added;
    }
}
