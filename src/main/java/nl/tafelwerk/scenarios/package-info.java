/**
 * The scenario workbench (issue 12): scenarios of a vraagstuk on the four bestuurlijke parameters
 * (inhoud/kwaliteit, tijd, geld, bestuurlijke risico's), their comparison and the table's preferences.
 * Depends on the agenda and the bouwstenen catalogue through their public API; nothing depends on it.
 */
@NullMarked
package nl.tafelwerk.scenarios;

import org.jspecify.annotations.NullMarked;
