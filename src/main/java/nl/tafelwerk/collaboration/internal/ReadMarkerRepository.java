package nl.tafelwerk.collaboration.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadMarkerRepository extends JpaRepository<ReadMarkerEntity, ReadMarkerEntity.Key> {
}
