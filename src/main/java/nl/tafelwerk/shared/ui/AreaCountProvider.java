package nl.tafelwerk.shared.ui;

import java.util.List;

/**
 * Implemented by each feature that has something to count on the start page. The shell asks
 * every provider, so it never needs to know the features themselves.
 */
public interface AreaCountProvider {

    List<AreaCount> counts();
}
