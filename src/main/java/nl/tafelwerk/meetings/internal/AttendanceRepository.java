package nl.tafelwerk.meetings.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<AttendanceEntity, Long> {

    List<AttendanceEntity> findByMeetingIdOrderByDisplayNameAsc(long meetingId);

    Optional<AttendanceEntity> findByMeetingIdAndUsername(long meetingId, String username);
}
