@NullMarked
package nl.tafelwerk.audit.ui;

import org.jspecify.annotations.NullMarked;
