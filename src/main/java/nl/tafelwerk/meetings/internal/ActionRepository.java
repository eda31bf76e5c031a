package nl.tafelwerk.meetings.internal;

import java.util.List;
import nl.tafelwerk.meetings.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionRepository extends JpaRepository<ActionEntity, Long> {

    List<ActionEntity> findByMeetingIdOrderByIdAsc(long meetingId);

    List<ActionEntity> findByOwnerUsernameOrderByDueDateAscIdAsc(String ownerUsername);

    List<ActionEntity> findByStatusNotOrderByDueDateAscIdAsc(ActionStatus status);
}
