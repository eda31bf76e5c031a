/**
 * The security audit log's public side: any feature records what happened by publishing an
 * {@link nl.tafelwerk.shared.audit.AuditEvent} (or annotating a service method with
 * {@link nl.tafelwerk.shared.audit.Audited}); the {@code audit} feature stores it. See DD017.
 */
@NullMarked
package nl.tafelwerk.shared.audit;

import org.jspecify.annotations.NullMarked;
