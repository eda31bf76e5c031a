/**
 * The security audit log: logins, refusals, user administration, imports and exports, stored in
 * MariaDB and readable (filter, sort, CSV) by administrators only. Features publish
 * {@link nl.tafelwerk.shared.audit.AuditEvent}s and never depend on this package. See DD017.
 */
@NullMarked
package nl.tafelwerk.audit;

import org.jspecify.annotations.NullMarked;
