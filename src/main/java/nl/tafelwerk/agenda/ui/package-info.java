@NullMarked
package nl.tafelwerk.agenda.ui;

import org.jspecify.annotations.NullMarked;
