/** The views of the afwegingskader: scoring rounds, their reveal, the ranking and the projector. */
@NullMarked
package nl.tafelwerk.assessment.ui;

import org.jspecify.annotations.NullMarked;
