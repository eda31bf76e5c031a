package nl.tafelwerk.assessment.analysis;

import java.util.List;

/** An item that cannot be ranked because it has no score on the named criteria (everyone skipped it, say). */
public record UnrankedItem(AssessedItem item, List<String> missingCriteria) {

    public UnrankedItem {
        missingCriteria = List.copyOf(missingCriteria);
    }
}
