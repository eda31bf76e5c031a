package nl.tafelwerk.collaboration.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<CommentEntity, Long> {

    List<CommentEntity> findByThreadKeyOrderByCreatedAtAscIdAsc(String threadKey);

    List<CommentEntity> findByThreadKeyAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(String threadKey, Instant since);

    long countByThreadKey(String threadKey);

    long countByThreadKeyAndIdGreaterThanAndAuthorIdNot(String threadKey, long id, String authorId);

    @Query("select max(c.id) from CommentEntity c where c.threadKey = :threadKey")
    Long maxId(@Param("threadKey") String threadKey);
}
