package nl.tafelwerk.assessment;

/** What the reveal needs, unless the chair overrides it with a recorded reason. */
public enum RoundQuorum {
    /** Every participating sector has at least one member who finished. */
    EVERY_SECTOR,
    /** More than half of the members finished. */
    MAJORITY,
    /** Every member finished. */
    ALL_MEMBERS;

    public String messageKey() {
        return "round.quorum." + name();
    }

    public boolean metBy(RoundProgress progress) {
        return switch (this) {
            case EVERY_SECTOR -> progress.sectors().stream().allMatch(s -> s.membersDone() > 0);
            case MAJORITY -> progress.membersDone() * 2 > progress.members();
            case ALL_MEMBERS -> progress.membersDone() == progress.members();
        };
    }
}
