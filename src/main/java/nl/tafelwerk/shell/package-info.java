@NullMarked
package nl.tafelwerk.shell;

import org.jspecify.annotations.NullMarked;
