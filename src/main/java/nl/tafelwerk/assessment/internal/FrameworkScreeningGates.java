package nl.tafelwerk.assessment.internal;

import java.util.List;
import nl.tafelwerk.agenda.ScreeningGates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agenda's screening checks the gates of the newest published framework version. */
@Component
class FrameworkScreeningGates implements ScreeningGates {

    private final FrameworkVersionRepository versions;

    FrameworkScreeningGates(FrameworkVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Gate> current() {
        return versions.findFirstByOrderByNumberDesc()
                .map(v -> v.toVersion().gates().stream().map(g -> new Gate(g.code(), g.name(), g.description())).toList())
                .orElse(List.of());
    }
}
