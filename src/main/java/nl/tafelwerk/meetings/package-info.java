@NullMarked
package nl.tafelwerk.meetings;

import org.jspecify.annotations.NullMarked;
