package nl.tafelwerk.collaboration.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailOutboxRepository extends JpaRepository<MailOutboxEntity, Long> {

    @Query("""
            select m.id from MailOutboxEntity m
            where m.status = nl.tafelwerk.collaboration.internal.MailOutboxEntity.Status.PENDING
              and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id""")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    List<MailOutboxEntity> findByRecipientEmailOrderByIdAsc(String recipientEmail);
}
