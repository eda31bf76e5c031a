package nl.tafelwerk.meetings.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    List<MeetingEntity> findAllByOrderByStartsAtAsc();

    /** Meetings whose time overlaps [from, to). */
    List<MeetingEntity> findByStartsAtLessThanAndEndsAtGreaterThan(LocalDateTime to, LocalDateTime from);
}
