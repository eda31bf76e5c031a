@NullMarked
package nl.tafelwerk.collaboration.internal;

import org.jspecify.annotations.NullMarked;
