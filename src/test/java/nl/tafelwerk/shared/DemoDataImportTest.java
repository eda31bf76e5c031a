package nl.tafelwerk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.meetings.GremiumService;
import nl.tafelwerk.shared.seed.DemoDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TafelwerkTest
class DemoDataImportTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    SectorService sectors;
    @Autowired
    GremiumService gremia;
    @Autowired
    BouwsteenService bouwstenen;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    UserDirectory users;

    @Test
    void catalogueIsLoadedCompletelyAtStartUp() {
        assertThat(sectors.count()).isEqualTo(15 + 2);
        assertThat(gremia.count()).isEqualTo(19);
        assertThat(bouwstenen.count()).isEqualTo(31);
        assertThat(vraagstukken.count()).isEqualTo(18);
        assertThat(bouwstenen.countDependencies()).isPositive();
        assertThat(users.findActive("voorzitter")).isPresent();
        assertThat(users.findActive("lid-haz")).isPresent();
        assertThat(users.findActive("info-ggz")).isPresent();
    }

    @Test
    void runningTheImportAgainAddsAndChangesNothing() {
        long dependencies = bouwstenen.countDependencies();
        long people = users.count();

        assertThat(loader.load()).isZero();

        assertThat(sectors.count()).isEqualTo(17);
        assertThat(gremia.count()).isEqualTo(19);
        assertThat(bouwstenen.count()).isEqualTo(31);
        assertThat(bouwstenen.countDependencies()).isEqualTo(dependencies);
        assertThat(vraagstukken.count()).isEqualTo(18);
        assertThat(users.count()).isEqualTo(people);
    }
}
