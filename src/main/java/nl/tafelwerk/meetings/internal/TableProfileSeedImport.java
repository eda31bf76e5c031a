package nl.tafelwerk.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import nl.tafelwerk.shared.seed.SeedCatalog;
import nl.tafelwerk.shared.seed.SeedImportStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A first profile of the table for the demo, written from the kwartiermakersadvies (source 002). */
@Component
class TableProfileSeedImport implements SeedImportStep {

    private final TableProfileRepository profiles;

    TableProfileSeedImport(TableProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public String name() {
        return "tafelprofiel";
    }

    @Override
    @Transactional
    public int importFrom(SeedCatalog catalog) {
        int added = 0;
        if (!profiles.existsById(TableProfileEntity.THE_TABLE)) {
            TableProfileEntity profile = new TableProfileEntity();
            profile.update("Intersectorale planningstafel",
                    "Bespreekt sectoroverstijgende, implementatie-gerelateerde vraagstukken en afhankelijkheden tussen "
                            + "bouwstenen van het gezondheidsinformatiestelsel, stelt de voorraadagenda vast en levert "
                            + "scenario's en een (voorkeurs)advies op aan het per vraagstuk gekozen bestuurlijk gremium.",
                    "Ongeveer eens per 8 tot 10 weken; werkgroepen werken vraagstukken tussentijds uit.",
                    LocalDate.of(2027, 1, 20),
                    "Stukken voor de volgende vergadering staan uiterlijk een week vooraf klaar.",
                    "Programmabureau", Clock.systemUTC().instant());
            profile.setSeat("HAZ", 2, "Mandaat van de sectorale planningstafel huisartsenzorg");
            profile.setSeat("MSZ", 2, "Mandaat van de sectorale planningstafel medisch-specialistische zorg");
            profile.setSeat("LZ", 2, "Mandaat van de sectorale planningstafel langdurige zorg");
            profile.setSeat("VWS", 1, "Opdrachtgever, stelselpartij");
            profile.setSeat("NICTIZ", 1, "Stelselpartij, advies over standaarden");
            profiles.save(profile);
            added++;
        }
        return added;
    }
}
