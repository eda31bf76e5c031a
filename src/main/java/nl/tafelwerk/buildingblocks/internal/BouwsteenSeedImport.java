package nl.tafelwerk.buildingblocks.internal;

import java.util.LinkedHashSet;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Bouwstenen and their "needs" links from the catalogue. */
@Component
class BouwsteenSeedImport implements SeedImportStep {

    private final BouwsteenRepository bouwstenen;

    BouwsteenSeedImport(BouwsteenRepository bouwstenen) {
        this.bouwstenen = bouwstenen;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "bouwstenen";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        int added = 0;
        for (JsonNode item : catalog.section("bouwstenen")) {
            String code = SeedCatalog.text(item, "code");
            if (bouwstenen.findByCode(code).isEmpty()) {
                bouwstenen.save(new BouwsteenEntity(code, SeedCatalog.text(item, "name"),
                        SeedCatalog.optionalText(item, "description"), SeedCatalog.text(item, "type"),
                        SeedCatalog.optionalText(item, "phase"), SeedCatalog.optionalText(item, "impact"),
                        SeedCatalog.optionalText(item, "status"), SeedCatalog.optionalText(item, "owner"),
                        SeedCatalog.optionalText(item, "legalAnchor"), SeedCatalog.optionalText(item, "source"),
                        new LinkedHashSet<>(SeedCatalog.texts(item, "sectors"))));
                added++;
            }
        }
        bouwstenen.flush();
        for (JsonNode item : catalog.section("bouwstenen")) {
            BouwsteenEntity dependant = bouwstenen.findByCode(SeedCatalog.text(item, "code")).orElseThrow();
            for (String needed : SeedCatalog.texts(item, "dependsOn")) {
                BouwsteenEntity dependency = bouwstenen.findByCode(needed)
                        .orElseThrow(() -> new IllegalStateException("Seed bouwsteen " + dependant.getCode()
                                + " needs unknown " + needed));
                if (bouwstenen.countDependency(dependant.getId(), dependency.getId()) == 0) {
                    bouwstenen.insertDependency(dependant.getId(), dependency.getId(), "Uit de democatalogus");
                    added++;
                }
            }
        }
        return added;
    }
}
