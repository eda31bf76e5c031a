package nl.tafelwerk.collaboration.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    @Query("""
            select n from NotificationEntity n
            where n.recipient = :recipient
              and (:unreadOnly = false or n.readAt is null)
              and (:term is null or lower(n.title) like concat('%', :term, '%') or lower(n.body) like concat('%', :term, '%'))
            order by n.createdAt desc, n.id desc""")
    List<NotificationEntity> findMine(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly,
                                      @Param("term") @Nullable String term, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<NotificationEntity> findByRecipientOrderByIdDesc(String recipient);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update NotificationEntity n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);

    @Modifying
    @Query("delete from NotificationEntity n where n.createdAt < :cutoff")
    int deleteOlderThan(@Param("cutoff") Instant cutoff);
}
