/** The afwegingskader's views: the co-edited draft, the published versions and the difference between two. */
@NullMarked
package nl.tafelwerk.assessment.ui;

import org.jspecify.annotations.NullMarked;
