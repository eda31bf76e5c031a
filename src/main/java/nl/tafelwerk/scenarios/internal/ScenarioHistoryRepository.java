package nl.tafelwerk.scenarios.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScenarioHistoryRepository extends JpaRepository<ScenarioHistoryEntity, Long> {

    List<ScenarioHistoryEntity> findTop200ByScenarioIdOrderByAtDescIdDesc(long scenarioId);
}
