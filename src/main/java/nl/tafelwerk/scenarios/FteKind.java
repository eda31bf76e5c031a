package nl.tafelwerk.scenarios;

/** FTE put in (inzet) or released (vrijgespeeld, e.g. 14 FTE from 2029 in 004); both are counted positive. */
public enum FteKind {
    INZET, VRIJGESPEELD;

    public String messageKey() {
        return "scenario.fte.kind." + name();
    }
}
