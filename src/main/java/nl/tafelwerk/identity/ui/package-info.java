@NullMarked
package nl.tafelwerk.identity.ui;

import org.jspecify.annotations.NullMarked;
