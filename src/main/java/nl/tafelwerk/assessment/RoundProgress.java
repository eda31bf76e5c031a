package nl.tafelwerk.assessment;

import java.util.List;

/** Who is done, per person and per sector: counts only, never a value, so everyone may see it before the reveal. */
public record RoundProgress(long roundId, int items, int members, int membersDone, List<MemberProgress> perMember,
                            List<SectorProgress> sectors) {

    public RoundProgress {
        perMember = List.copyOf(perMember);
        sectors = List.copyOf(sectors);
    }

    public record MemberProgress(String username, String name, String sector, int itemsDone) {
    }

    public record SectorProgress(String sector, int members, int membersDone) {
    }

    public boolean anyoneScored() {
        return perMember.stream().anyMatch(m -> m.itemsDone() > 0);
    }
}
