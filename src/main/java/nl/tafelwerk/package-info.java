@NullMarked
package nl.tafelwerk;

import org.jspecify.annotations.NullMarked;
