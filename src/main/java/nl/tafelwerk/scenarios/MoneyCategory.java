package nl.tafelwerk.scenarios;

/** The cost categories of the 004 business case; benefits are usually {@link #OTHER}. */
public enum MoneyCategory {
    OWN_STAFF, HIRE, IT, CONTINGENCY, OTHER;

    public String messageKey() {
        return "scenario.money.category." + name();
    }
}
