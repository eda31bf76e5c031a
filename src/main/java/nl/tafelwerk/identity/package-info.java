@NullMarked
package nl.tafelwerk.identity;

import org.jspecify.annotations.NullMarked;
