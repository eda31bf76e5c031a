package nl.tafelwerk.assessment.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkHistoryRepository extends JpaRepository<FrameworkHistoryEntity, Long> {

    List<FrameworkHistoryEntity> findAllByOrderByAtDescIdDesc(Limit limit);
}
