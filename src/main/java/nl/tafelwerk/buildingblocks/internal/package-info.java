@NullMarked
package nl.tafelwerk.buildingblocks.internal;

import org.jspecify.annotations.NullMarked;
