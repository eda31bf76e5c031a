package nl.tafelwerk.meetings.internal;

import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The gremia around the table: reference data, loaded in every profile. */
@Component
class MeetingsSeedImport implements SeedImportStep {

    private final GremiumRepository gremia;

    MeetingsSeedImport(GremiumRepository gremia) {
        this.gremia = gremia;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean referenceData() {
        return true;
    }

    @Override
    public String name() {
        return "gremia";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        int added = 0;
        for (JsonNode item : catalog.section("gremia")) {
            String code = SeedCatalog.text(item, "code");
            if (!gremia.existsById(code)) {
                boolean established = !item.has("exists") || item.path("exists").asBoolean(true);
                gremia.save(new GremiumEntity(code, SeedCatalog.text(item, "name"), SeedCatalog.text(item, "level"),
                        item.path("decides").asBoolean(false), established, SeedCatalog.optionalText(item, "role")));
                added++;
            }
        }
        return added;
    }
}
