package nl.tafelwerk.agenda.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import nl.tafelwerk.agenda.VraagstukBron;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.agenda.VraagstukType;
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
        int position = vraagstukken.maxPosition();
        for (JsonNode item : catalog.section("vraagstukken")) {
            String code = SeedCatalog.text(item, "code");
            if (!vraagstukken.existsByCode(code)) {
                String inputSource = SeedCatalog.optionalText(item, "inputSource");
                VraagstukEntity entity = new VraagstukEntity(code, SeedCatalog.text(item, "title"),
                        VraagstukType.parse(SeedCatalog.text(item, "type")).orElse(VraagstukType.OVERIG),
                        SeedCatalog.optionalText(item, "description"), SeedCatalog.optionalText(item, "submittedBySector"),
                        inputSource == null ? null : VraagstukBron.parse(inputSource).orElse(VraagstukBron.OVERIG),
                        SeedCatalog.optionalText(item, "source"),
                        VraagstukStatus.OP_VOORRAADAGENDA, clock.instant(),
                        new LinkedHashSet<>(SeedCatalog.texts(item, "affectedSectors")),
                        new LinkedHashSet<>(SeedCatalog.texts(item, "bouwstenen")));
                entity.setPosition(++position);
                entity.touch(clock.instant(), "Catalogus");
                vraagstukken.save(entity);
                added++;
            }
        }
        return added;
    }
}
