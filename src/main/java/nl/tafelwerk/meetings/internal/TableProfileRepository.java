package nl.tafelwerk.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TableProfileRepository extends JpaRepository<TableProfileEntity, Long> {
}
