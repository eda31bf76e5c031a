package nl.tafelwerk.advice;

import java.util.List;

/**
 * The positions of the participating sectors on the version being drafted, and the participating sectors that have
 * not taken one yet (for the chair).
 */
public record Endorsement(List<SectorPosition> positions, List<String> missingSectors) {

    public Endorsement {
        positions = List.copyOf(positions);
        missingSectors = List.copyOf(missingSectors);
    }

    public boolean complete() {
        return missingSectors.isEmpty();
    }
}
