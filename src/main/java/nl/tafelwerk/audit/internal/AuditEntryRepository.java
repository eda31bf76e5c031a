package nl.tafelwerk.audit.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {

    @Modifying
    @Transactional
    @Query("delete from AuditEntryEntity e where e.occurredAt < :cutoff")
    int deleteOlderThan(@Param("cutoff") Instant cutoff);
}
