package nl.tafelwerk.assessment;

import java.util.List;
import java.util.Optional;
import nl.tafelwerk.assessment.internal.FrameworkVersionEntity;
import nl.tafelwerk.assessment.internal.FrameworkVersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The afwegingskader: its published versions (read by every signed-in role) and the draft of the next one,
 * which only the chair and the programme office change and publish.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FrameworkService implements PublishedFrameworks {

    private final FrameworkVersionRepository versions;

    FrameworkService(FrameworkVersionRepository versions) {
        this.versions = versions;
    }

    // ---------------------------------------------------------------- published versions

    @Override
    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> current() {
        return versions.findFirstByOrderByNumberDesc().map(FrameworkVersionEntity::toVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FrameworkVersion> version(long id) {
        return versions.findById(id).map(FrameworkVersionEntity::toVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FrameworkVersion> all() {
        return versions.findAllByOrderByNumberDesc().stream().map(FrameworkVersionEntity::toVersion).toList();
    }
}
