package nl.tafelwerk.meetings.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItemEntity, Long> {

    List<AgendaItemEntity> findByMeetingIdOrderByPositionAsc(long meetingId);
}
