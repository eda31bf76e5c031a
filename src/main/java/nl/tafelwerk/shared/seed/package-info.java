@NullMarked
package nl.tafelwerk.shared.seed;

import org.jspecify.annotations.NullMarked;
