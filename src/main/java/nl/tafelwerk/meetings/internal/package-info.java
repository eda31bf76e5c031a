@NullMarked
package nl.tafelwerk.meetings.internal;

import org.jspecify.annotations.NullMarked;
