package nl.tafelwerk.assessment;

import java.util.List;
import java.util.Optional;

/** Read access to the published versions of the afwegingskader; readable by every signed-in role. */
public interface PublishedFrameworks {

    /** The newest published version; empty only before the table has published any. */
    Optional<FrameworkVersion> current();

    Optional<FrameworkVersion> version(long id);

    /** All published versions, newest first. */
    List<FrameworkVersion> all();
}
