package nl.tafelwerk.buildingblocks.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.DependencyAnalysis;
import nl.tafelwerk.buildingblocks.Impact;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Bouwstenen and their "needs" links from the catalogue. Phase, impact and status in the seed are
 * inferred from prose and flagged as such. A link that would close a cycle is not imported (the
 * catalogue never holds cycles) and is logged.
 */
@Component
class BouwsteenSeedImport implements SeedImportStep {

    private static final Logger log = LoggerFactory.getLogger(BouwsteenSeedImport.class);

    private final BouwsteenRepository bouwstenen;
    private final DependencyAnalysis analysis;

    BouwsteenSeedImport(BouwsteenRepository bouwstenen, DependencyAnalysis analysis) {
        this.bouwstenen = bouwstenen;
        this.analysis = analysis;
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
                BouwsteenEntity entity = new BouwsteenEntity(code, SeedCatalog.text(item, "name"),
                        SeedCatalog.optionalText(item, "description"), SeedCatalog.text(item, "type"));
                entity.setPhase(ImplementationPhase.parse(SeedCatalog.text(item, "phase")).orElse(null));
                entity.setImpact(Impact.parse(SeedCatalog.text(item, "impact")).orElse(null));
                entity.setTableStatus(BouwsteenStatus.parse(SeedCatalog.text(item, "status")).orElse(null));
                entity.setOwner(SeedCatalog.optionalText(item, "owner"));
                entity.setLegalAnchor(SeedCatalog.optionalText(item, "legalAnchor"));
                entity.setSource(SeedCatalog.optionalText(item, "source"));
                entity.setSectors(SeedCatalog.texts(item, "sectors"));
                entity.setInferred(SeedCatalog.texts(item, "inferred"));
                bouwstenen.save(entity);
                added++;
            }
        }
        bouwstenen.flush();
        Map<String, Set<String>> needs = new TreeMap<>();
        for (BouwsteenEntity e : bouwstenen.findAll()) {
            needs.put(e.getCode(), new TreeSet<>());
        }
        for (JsonNode item : catalog.section("bouwstenen")) {
            BouwsteenEntity dependant = bouwstenen.findByCode(SeedCatalog.text(item, "code")).orElseThrow();
            for (String needed : SeedCatalog.texts(item, "dependsOn")) {
                BouwsteenEntity dependency = bouwstenen.findByCode(needed)
                        .orElseThrow(() -> new IllegalStateException("Seed bouwsteen " + dependant.getCode()
                                + " needs unknown " + needed));
                if (bouwstenen.countDependency(dependant.id(), dependency.id()) > 0) {
                    needs.get(dependant.getCode()).add(needed);
                    continue;
                }
                List<String> cycle = analysis.cycleClosedBy(needs, dependant.getCode(), needed);
                if (!cycle.isEmpty()) {
                    log.warn("Seed link {} needs {} not imported: it closes the cycle {}", dependant.getCode(), needed,
                            String.join(" → ", cycle));
                    continue;
                }
                bouwstenen.insertDependency(dependant.id(), dependency.id(), "Uit de democatalogus");
                needs.get(dependant.getCode()).add(needed);
                added++;
            }
        }
        return added;
    }
}
