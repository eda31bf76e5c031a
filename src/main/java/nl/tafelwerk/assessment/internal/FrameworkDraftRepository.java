package nl.tafelwerk.assessment.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FrameworkDraftRepository extends JpaRepository<FrameworkDraftEntity, Long> {

    /** The draft with its row locked, so changes by two editors at once are applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from FrameworkDraftEntity d where d.id = " + FrameworkDraftEntity.THE_DRAFT)
    Optional<FrameworkDraftEntity> lockTheDraft();
}
