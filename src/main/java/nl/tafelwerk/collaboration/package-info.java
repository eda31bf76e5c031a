@NullMarked
package nl.tafelwerk.collaboration;

import org.jspecify.annotations.NullMarked;
