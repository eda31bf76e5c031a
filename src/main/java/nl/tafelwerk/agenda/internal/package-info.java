@NullMarked
package nl.tafelwerk.agenda.internal;

import org.jspecify.annotations.NullMarked;
