@NullMarked
package nl.tafelwerk.buildingblocks.ui;

import org.jspecify.annotations.NullMarked;
