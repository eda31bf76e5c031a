package nl.tafelwerk.scenarios.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TableRiskRepository extends JpaRepository<TableRiskEntity, Long> {

    boolean existsByNr(String nr);

    List<TableRiskEntity> findAllByOrderByIdAsc();
}
