package nl.tafelwerk.identity.internal;

import java.util.List;
import nl.tafelwerk.identity.Participation;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.shared.ui.AreaCount;
import nl.tafelwerk.shared.ui.AreaCountProvider;
import org.springframework.stereotype.Component;

@Component
class IdentityAreaCounts implements AreaCountProvider {

    private final SectorService sectors;
    private final UserAccountRepository accounts;

    IdentityAreaCounts(SectorService sectors, UserAccountRepository accounts) {
        this.sectors = sectors;
        this.accounts = accounts;
    }

    @Override
    public List<AreaCount> counts() {
        long atTable = sectors.all().stream().filter(s -> s.participation() == Participation.DEELNEMEND).count();
        return List.of(
                new AreaCount(30, "start.count.sectorsAtTable", atTable, "tafel"),
                new AreaCount(31, "start.count.sectors", sectors.count(), null),
                new AreaCount(50, "start.count.users", accounts.count(), null));
    }
}
