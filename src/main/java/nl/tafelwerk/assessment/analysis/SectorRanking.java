package nl.tafelwerk.assessment.analysis;

/**
 * How one sector ranks the items: WSJF from the mean of its members' scores per item and criterion (members who
 * skipped the item do not count), with the table's weights and boosts (DD022).
 */
public record SectorRanking(String sector, int members, Ranking ranking) {
}
