package nl.tafelwerk.agenda.internal;

import java.util.List;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.shared.ui.AreaCount;
import nl.tafelwerk.shared.ui.AreaCountProvider;
import org.springframework.stereotype.Component;

@Component
class AgendaAreaCounts implements AreaCountProvider {

    private final VraagstukService vraagstukken;

    AgendaAreaCounts(VraagstukService vraagstukken) {
        this.vraagstukken = vraagstukken;
    }

    @Override
    public List<AreaCount> counts() {
        return List.of(new AreaCount(10, "start.count.vraagstukken", vraagstukken.count(), "voorraadagenda"));
    }
}
