/**
 * The calculations of a scoring round (issue 11, DD022): spread per item and criterion, per-sector rankings,
 * Kendall's W over the members' rankings, the disagreement order, WSJF with the framework's boosts, the
 * sensitivity of the top 5 to each weight and the what-if recompute. Plain Java on small immutable records: no
 * Spring, no database, no Vaadin; {@code ArchitectureTest} keeps it that way. Everything is computed, nothing is
 * stored, and no input is ever changed.
 *
 * <p>Entry point: {@link nl.tafelwerk.assessment.analysis.RoundAnalysis}.
 */
@NullMarked
package nl.tafelwerk.assessment.analysis;

import org.jspecify.annotations.NullMarked;
