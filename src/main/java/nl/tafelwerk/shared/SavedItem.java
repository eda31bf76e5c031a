package nl.tafelwerk.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An editable aggregate as saved: the version a save must name and who saved it when. What a co-edited
 * editor needs of every item besides its values.
 */
public interface SavedItem {

    long version();

    @Nullable Instant updatedAt();

    @Nullable String updatedBy();

    /** Whether nobody saved the item yet (a profile before its first save). */
    default boolean neverSaved() {
        return false;
    }
}
