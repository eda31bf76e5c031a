package nl.tafelwerk.agenda.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VraagstukHistoryRepository extends JpaRepository<VraagstukHistoryEntity, Long> {

    List<VraagstukHistoryEntity> findByVraagstukIdOrderByAtDescIdDesc(long vraagstukId);
}
