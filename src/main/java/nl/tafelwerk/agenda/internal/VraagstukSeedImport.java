package nl.tafelwerk.agenda.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The catalogue's vraagstukken, which the table already put on its voorraadagenda. */
@Component
class VraagstukSeedImport implements SeedImportStep {

    private final VraagstukRepository vraagstukken;

    VraagstukSeedImport(VraagstukRepository vraagstukken) {
        this.vraagstukken = vraagstukken;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "vraagstukken";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        int added = 0;
        Clock clock = Clock.systemUTC();
        for (JsonNode item : catalog.section("vraagstukken")) {
            String code = SeedCatalog.text(item, "code");
            if (!vraagstukken.existsByCode(code)) {
                vraagstukken.save(new VraagstukEntity(code, SeedCatalog.text(item, "title"), SeedCatalog.text(item, "type"),
                        SeedCatalog.optionalText(item, "description"), SeedCatalog.optionalText(item, "submittedBySector"),
                        SeedCatalog.optionalText(item, "inputSource"), SeedCatalog.optionalText(item, "source"),
                        VraagstukStatus.OP_VOORRAADAGENDA, clock.instant(),
                        new LinkedHashSet<>(SeedCatalog.texts(item, "affectedSectors")),
                        new LinkedHashSet<>(SeedCatalog.texts(item, "bouwstenen"))));
                added++;
            }
        }
        return added;
    }
}
