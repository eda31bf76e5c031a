package nl.tafelwerk.assessment.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoringRoundRepository extends JpaRepository<ScoringRoundEntity, Long> {

    List<ScoringRoundEntity> findAllByOrderByOpenedAtDescIdDesc();
}
