package nl.tafelwerk.scenarios.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScenarioRepository extends JpaRepository<ScenarioEntity, Long> {

    Optional<ScenarioEntity> findByCode(String code);

    List<ScenarioEntity> findAllByOrderByVraagstukCodeAscCodeAsc();

    List<ScenarioEntity> findByVraagstukCodeOrderByCodeAsc(String vraagstukCode);

    @Query("select s.code from ScenarioEntity s")
    List<String> findAllCodes();
}
