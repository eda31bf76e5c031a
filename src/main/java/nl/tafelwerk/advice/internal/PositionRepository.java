package nl.tafelwerk.advice.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionRepository extends JpaRepository<PositionEntity, Long> {

    List<PositionEntity> findByAdviceIdOrderBySectorCodeAsc(long adviceId);

    Optional<PositionEntity> findByAdviceIdAndSectorCode(long adviceId, String sectorCode);

    void deleteByAdviceId(long adviceId);
}
