package nl.tafelwerk.buildingblocks.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryRepository extends JpaRepository<HistoryEntity, Long> {

    List<HistoryEntity> findTop200ByBouwsteenIdOrderByChangedAtDescIdDesc(long bouwsteenId);

    void deleteByBouwsteenId(long bouwsteenId);
}
