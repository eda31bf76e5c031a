/**
 * The advice pipeline (issue 14): one advice per vraagstuk with its sections written together in Markdown, live
 * references to the data each section rests on (traceability), suggestions, per-sector endorsement, the lifecycle
 * Concept → Ter consultatie → Vastgesteld → Aangeboden → Besluit ontvangen with immutable versions and their diff,
 * export as a {@code shared.documents.Document} and distribution. Reads the agenda, bouwstenen, scenarios, scoring
 * rounds and meetings through their public services; moves the vraagstuk through the agenda's lifecycle; nothing
 * depends on it.
 */
@NullMarked
package nl.tafelwerk.advice;

import org.jspecify.annotations.NullMarked;
