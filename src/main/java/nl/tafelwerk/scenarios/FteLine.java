package nl.tafelwerk.scenarios;

import java.math.BigDecimal;

/** FTE of one party in one year. */
public record FteLine(String id, int year, String party, FteKind kind, BigDecimal fte) {
}
