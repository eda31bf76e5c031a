@NullMarked
package nl.tafelwerk.identity.internal;

import org.jspecify.annotations.NullMarked;
