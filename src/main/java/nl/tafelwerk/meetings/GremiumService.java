package nl.tafelwerk.meetings;

import java.util.List;
import nl.tafelwerk.meetings.internal.GremiumEntity;
import nl.tafelwerk.meetings.internal.GremiumRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class GremiumService {

    private final GremiumRepository gremia;

    GremiumService(GremiumRepository gremia) {
        this.gremia = gremia;
    }

    public List<GremiumView> all() {
        return gremia.findAll(Sort.by("code")).stream().map(GremiumEntity::toView).toList();
    }

    public long count() {
        return gremia.count();
    }
}
