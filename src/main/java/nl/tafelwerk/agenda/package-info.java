@NullMarked
package nl.tafelwerk.agenda;

import org.jspecify.annotations.NullMarked;
