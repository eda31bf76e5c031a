package nl.tafelwerk.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GremiumRepository extends JpaRepository<GremiumEntity, String> {
}
