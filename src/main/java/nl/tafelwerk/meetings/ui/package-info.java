@NullMarked
package nl.tafelwerk.meetings.ui;

import org.jspecify.annotations.NullMarked;
