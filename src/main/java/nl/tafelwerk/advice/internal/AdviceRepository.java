package nl.tafelwerk.advice.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdviceRepository extends JpaRepository<AdviceEntity, Long> {

    Optional<AdviceEntity> findByVraagstukCode(String vraagstukCode);

    boolean existsByVraagstukCode(String vraagstukCode);

    List<AdviceEntity> findAllByOrderByUpdatedAtDesc();
}
