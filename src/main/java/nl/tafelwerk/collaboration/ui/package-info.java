@NullMarked
package nl.tafelwerk.collaboration.ui;

import org.jspecify.annotations.NullMarked;
