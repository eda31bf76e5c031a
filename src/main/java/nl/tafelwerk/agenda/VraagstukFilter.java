package nl.tafelwerk.agenda;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the agenda shows: a search term (code, title, description), statuses, types, and a sector
 * that submitted or is affected. Empty sets mean "all".
 */
public record VraagstukFilter(@Nullable String search, Set<VraagstukStatus> statuses, Set<VraagstukType> types,
                              @Nullable String sector) {

    public static final VraagstukFilter ALL = new VraagstukFilter(null, Set.of(), Set.of(), null);

    public VraagstukFilter {
        statuses = Set.copyOf(statuses);
        types = Set.copyOf(types);
    }

    public boolean isEmpty() {
        return (search == null || search.isBlank()) && statuses.isEmpty() && types.isEmpty() && sector == null;
    }
}
