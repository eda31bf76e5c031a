package nl.tafelwerk.buildingblocks.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BouwsteenRepository extends JpaRepository<BouwsteenEntity, Long>, JpaSpecificationExecutor<BouwsteenEntity> {

    Optional<BouwsteenEntity> findByCode(String code);

    List<BouwsteenEntity> findAllByOrderByCodeAsc();

    @Query(value = "SELECT COUNT(*) FROM bouwsteen_dependency", nativeQuery = true)
    long countDependencies();

    @Query(value = "SELECT COUNT(*) FROM bouwsteen_dependency WHERE dependant_id = ?1 AND dependency_id = ?2", nativeQuery = true)
    long countDependency(long dependantId, long dependencyId);

    @Modifying
    @Query(value = "INSERT INTO bouwsteen_dependency (dependant_id, dependency_id, reason) VALUES (?1, ?2, ?3)", nativeQuery = true)
    void insertDependency(long dependantId, long dependencyId, String reason);
}
