package nl.tafelwerk.identity.internal;

import java.util.List;
import nl.tafelwerk.identity.Participation;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Sectors from the catalogue, plus the two stelselpartijen that sit at the table (VWS, Nictiz). */
@Component
class SectorSeedImport implements SeedImportStep {

    /** Not sectors in the catalogue, but members of the table in the kwartiermakersfase (DOMAIN.md §1). */
    private static final List<SectorEntity> STELSELPARTIJEN = List.of(
            new SectorEntity("VWS", "Ministerie van VWS", "Stelselpartij en opdrachtgever van de tafel.", Participation.STELSELPARTIJ),
            new SectorEntity("NICTIZ", "Nictiz", "Stelselpartij; adviseert over standaarden.", Participation.STELSELPARTIJ));

    private final SectorRepository sectors;

    SectorSeedImport(SectorRepository sectors) {
        this.sectors = sectors;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean referenceData() {
        return true;
    }

    @Override
    public String name() {
        return "sectoren";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        int added = 0;
        for (JsonNode item : catalog.section("sectors")) {
            String code = SeedCatalog.text(item, "code");
            if (!sectors.existsById(code)) {
                sectors.save(new SectorEntity(code, SeedCatalog.text(item, "name"), SeedCatalog.optionalText(item, "description"),
                        Participation.fromSeed(SeedCatalog.text(item, "participation"))));
                added++;
            }
        }
        for (SectorEntity party : STELSELPARTIJEN) {
            if (!sectors.existsById(party.getCode())) {
                sectors.save(new SectorEntity(party.getCode(), party.toView().name(), party.toView().description(),
                        Participation.STELSELPARTIJ));
                added++;
            }
        }
        return added;
    }
}
