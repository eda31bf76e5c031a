@NullMarked
package nl.tafelwerk.shared.ui;

import org.jspecify.annotations.NullMarked;
