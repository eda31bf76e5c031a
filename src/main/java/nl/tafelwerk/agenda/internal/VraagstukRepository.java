package nl.tafelwerk.agenda.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VraagstukRepository extends JpaRepository<VraagstukEntity, Long> {

    boolean existsByCode(String code);

    Optional<VraagstukEntity> findByCode(String code);

    @Query("select v.code from VraagstukEntity v where v.code like 'VS-%'")
    List<String> findGeneratedCodes();

    @Query("select v.code from VraagstukEntity v")
    List<String> findAllCodes();

    @Query("select coalesce(max(v.position), 0) from VraagstukEntity v")
    int maxPosition();

    /** One place in the agreed order. */
    interface OrderSlot {
        Long getId();

        String getCode();

        Integer getPosition();
    }

    /**
     * The agreed order, with every row locked until the transaction ends: whoever changes the order
     * (a move, a new vraagstuk at the end) waits for the one before and then sees what it left.
     */
    @Query(value = "SELECT id AS id, code AS code, agenda_position AS position FROM vraagstuk"
            + " ORDER BY agenda_position, id FOR UPDATE", nativeQuery = true)
    List<OrderSlot> lockAgreedOrder();

    /** Bulk update: does not increment the version, so reordering never makes an open edit stale. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VraagstukEntity v set v.position = :position where v.id = :id")
    void updatePosition(@Param("id") long id, @Param("position") int position);
}
