package nl.tafelwerk.buildingblocks.internal;

import java.io.Serializable;

/** Primary key of a dependency row: (dependant, dependency). */
public record DependencyKey(long dependantId, long dependencyId) implements Serializable {

    public DependencyKey() {
        this(0, 0);
    }
}
