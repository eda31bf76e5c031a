package nl.tafelwerk.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {
}
