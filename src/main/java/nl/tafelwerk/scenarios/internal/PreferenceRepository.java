package nl.tafelwerk.scenarios.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferenceRepository extends JpaRepository<PreferenceEntity, Long> {

    Optional<PreferenceEntity> findByVraagstukCodeAndParty(String vraagstukCode, String party);

    List<PreferenceEntity> findByVraagstukCodeOrderByPartyAsc(String vraagstukCode);
}
