package nl.tafelwerk.assessment.analysis;

import java.util.List;

/**
 * Items by WSJF, highest first. Equal WSJF (to nine decimals) goes to the higher cost of delay, then
 * to the alphabetically first code, so the order never depends on input order. Items lacking a score are listed
 * apart, never given a made-up one.
 */
public record Ranking(List<RankedItem> ranked, List<UnrankedItem> unranked) {

    public Ranking {
        ranked = List.copyOf(ranked);
        unranked = List.copyOf(unranked);
    }

    /** The codes of the first {@code size} items, in order. */
    public List<String> top(int size) {
        return ranked.stream().limit(size).map(r -> r.item().code()).toList();
    }
}
