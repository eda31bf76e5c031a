package nl.tafelwerk.meetings.internal;

import java.util.List;
import nl.tafelwerk.meetings.GremiumService;
import nl.tafelwerk.shared.ui.AreaCount;
import nl.tafelwerk.shared.ui.AreaCountProvider;
import org.springframework.stereotype.Component;

@Component
class MeetingsAreaCounts implements AreaCountProvider {

    private final GremiumService gremia;

    MeetingsAreaCounts(GremiumService gremia) {
        this.gremia = gremia;
    }

    @Override
    public List<AreaCount> counts() {
        return List.of(new AreaCount(40, "start.count.gremia", gremia.count(), null));
    }
}
