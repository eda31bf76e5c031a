/**
 * The afwegingskader (DOMAIN.md §3, issue 11): the versioned assessment framework, sealed scoring rounds on
 * vraagstukken and bouwstenen, their reveal, the WSJF ranking and its sensitivity. The public API of the
 * feature sits here; {@code internal} and {@code ui} are its own.
 */
@NullMarked
package nl.tafelwerk.assessment;

import org.jspecify.annotations.NullMarked;
