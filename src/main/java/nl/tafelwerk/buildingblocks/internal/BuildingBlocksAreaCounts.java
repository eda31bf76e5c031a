package nl.tafelwerk.buildingblocks.internal;

import java.util.List;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.shared.ui.AreaCount;
import nl.tafelwerk.shared.ui.AreaCountProvider;
import org.springframework.stereotype.Component;

@Component
class BuildingBlocksAreaCounts implements AreaCountProvider {

    private final BouwsteenService bouwstenen;

    BuildingBlocksAreaCounts(BouwsteenService bouwstenen) {
        this.bouwstenen = bouwstenen;
    }

    @Override
    public List<AreaCount> counts() {
        return List.of(new AreaCount(20, "start.count.bouwstenen", bouwstenen.count(), "bouwstenen"),
                new AreaCount(21, "start.count.dependencies", bouwstenen.countDependencies(), "bouwstenen/graaf"));
    }
}
