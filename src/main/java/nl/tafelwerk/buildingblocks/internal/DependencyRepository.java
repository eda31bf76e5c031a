package nl.tafelwerk.buildingblocks.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DependencyRepository extends JpaRepository<DependencyEntity, DependencyKey> {

    /** Every link as (from code, from name, to code, to name, reason, state, proposed by). */
    @Query("SELECT a.code, a.name, b.code, b.name, d.reason, d.proposalState, d.proposedBy "
            + "FROM DependencyEntity d, BouwsteenEntity a, BouwsteenEntity b "
            + "WHERE d.dependantId = a.id AND d.dependencyId = b.id ORDER BY a.code, b.code")
    List<Object[]> allLinks();

    @Modifying
    @Query("DELETE FROM DependencyEntity d WHERE d.dependantId = ?1 OR d.dependencyId = ?1")
    void deleteTouching(long bouwsteenId);
}
