package nl.tafelwerk.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.identity.internal.SectorEntity;
import nl.tafelwerk.identity.internal.SectorRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sectors of the healthcare field and the stelselpartijen, read-only for the rest of the application. */
@Service
@Transactional(readOnly = true)
public class SectorService {

    private final SectorRepository sectors;

    SectorService(SectorRepository sectors) {
        this.sectors = sectors;
    }

    public List<SectorView> all() {
        return sectors.findAll().stream()
                .map(SectorEntity::toView)
                .sorted(Comparator.comparing((SectorView s) -> !s.participation().atTheTable()).thenComparing(SectorView::code))
                .toList();
    }

    public List<SectorView> atTheTable() {
        return all().stream().filter(s -> s.participation().atTheTable()).toList();
    }

    public Optional<SectorView> find(String code) {
        return sectors.findById(code).map(SectorEntity::toView);
    }

    public long count() {
        return sectors.count();
    }
}
