/**
 * The afwegingskader's views: the co-edited draft, the published versions and the difference between two; the
 * scoring rounds, their reveal, the ranking and the projector.
 */
@NullMarked
package nl.tafelwerk.assessment.ui;

import org.jspecify.annotations.NullMarked;
