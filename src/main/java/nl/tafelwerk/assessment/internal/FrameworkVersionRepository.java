package nl.tafelwerk.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FrameworkVersionRepository extends JpaRepository<FrameworkVersionEntity, Long> {

    Optional<FrameworkVersionEntity> findFirstByOrderByNumberDesc();

    Optional<FrameworkVersionEntity> findByNumber(int number);

    List<FrameworkVersionEntity> findAllByOrderByNumberDesc();

    @Query("select coalesce(max(v.number), 0) from FrameworkVersionEntity v")
    int maxNumber();
}
