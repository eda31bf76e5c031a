package nl.tafelwerk.buildingblocks;

import java.util.List;

/**
 * Earliest readiness of a bouwsteen: {@code weeks} from now when every bouwsteen it needs is ready
 * first, and the chain of codes that determines it (the needed-most-deeply first, the bouwsteen last).
 * {@code unknownLeadTimes} lists codes on the chain without a lead time (counted as 0).
 */
public record CriticalPath(String code, int weeks, List<String> chain, List<String> unknownLeadTimes) {
}
