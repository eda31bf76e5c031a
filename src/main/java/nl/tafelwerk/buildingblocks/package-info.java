@NullMarked
package nl.tafelwerk.buildingblocks;

import org.jspecify.annotations.NullMarked;
