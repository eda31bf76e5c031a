/** The afwegingskader's own entities and repositories; sealed ballots are read through the round service only. */
@NullMarked
package nl.tafelwerk.assessment.internal;

import org.jspecify.annotations.NullMarked;
