package nl.tafelwerk.meetings;

import java.util.List;

/**
 * Whether the meeting may decide: every participating sector (DEELNEMEND) has a member present.
 * Observers and the stelselpartijen are not counted.
 */
public record Quorum(List<String> participatingSectors, List<String> presentSectors) {

    public boolean reached() {
        return presentSectors.containsAll(participatingSectors);
    }

    public List<String> missing() {
        return participatingSectors.stream().filter(s -> !presentSectors.contains(s)).toList();
    }
}
