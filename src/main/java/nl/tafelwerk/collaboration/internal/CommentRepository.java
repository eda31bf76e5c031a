package nl.tafelwerk.collaboration.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<CommentEntity, Long> {

    List<CommentEntity> findByThreadKeyOrderByCreatedAtAscIdAsc(String threadKey);

    List<CommentEntity> findByThreadKeyAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(String threadKey, Instant since);

    long countByThreadKey(String threadKey);
}
