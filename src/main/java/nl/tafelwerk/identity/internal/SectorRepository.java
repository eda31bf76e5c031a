package nl.tafelwerk.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SectorRepository extends JpaRepository<SectorEntity, String> {
}
