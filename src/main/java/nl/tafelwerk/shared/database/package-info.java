@NullMarked
package nl.tafelwerk.shared.database;

import org.jspecify.annotations.NullMarked;
