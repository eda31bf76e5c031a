package nl.tafelwerk.buildingblocks;

import org.jspecify.annotations.Nullable;

/** What the catalogue grid filters on; null means "any". */
public record BouwsteenFilter(@Nullable String search, @Nullable String type, @Nullable ImplementationPhase phase,
                              @Nullable BouwsteenStatus status, @Nullable String sector) {

    public static final BouwsteenFilter NONE = new BouwsteenFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return (search == null || search.isBlank()) && type == null && phase == null && status == null && sector == null;
    }
}
