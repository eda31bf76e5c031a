package nl.tafelwerk.advice.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdviceVersionRepository extends JpaRepository<AdviceVersionEntity, Long> {

    List<AdviceVersionEntity> findByAdviceIdOrderByNumberAsc(long adviceId);

    Optional<AdviceVersionEntity> findByAdviceIdAndNumber(long adviceId, int number);
}
