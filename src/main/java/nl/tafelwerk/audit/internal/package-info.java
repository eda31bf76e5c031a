@NullMarked
package nl.tafelwerk.audit.internal;

import org.jspecify.annotations.NullMarked;
