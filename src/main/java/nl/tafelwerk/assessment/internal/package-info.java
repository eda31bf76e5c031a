/** The afwegingskader's storage: entities, repositories and the seed import; private to the feature. */
@NullMarked
package nl.tafelwerk.assessment.internal;

import org.jspecify.annotations.NullMarked;
