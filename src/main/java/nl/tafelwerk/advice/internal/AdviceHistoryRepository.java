package nl.tafelwerk.advice.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdviceHistoryRepository extends JpaRepository<AdviceHistoryEntity, Long> {

    List<AdviceHistoryEntity> findTop500ByAdviceIdOrderByAtDescIdDesc(long adviceId);
}
