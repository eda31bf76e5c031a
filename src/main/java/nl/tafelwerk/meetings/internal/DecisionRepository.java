package nl.tafelwerk.meetings.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<DecisionEntity, Long> {

    List<DecisionEntity> findByMeetingIdOrderByIdAsc(long meetingId);
}
