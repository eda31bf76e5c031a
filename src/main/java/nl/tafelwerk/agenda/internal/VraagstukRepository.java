package nl.tafelwerk.agenda.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VraagstukRepository extends JpaRepository<VraagstukEntity, Long> {

    boolean existsByCode(String code);
}
