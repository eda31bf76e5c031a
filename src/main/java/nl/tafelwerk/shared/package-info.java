@NullMarked
package nl.tafelwerk.shared;

import org.jspecify.annotations.NullMarked;
