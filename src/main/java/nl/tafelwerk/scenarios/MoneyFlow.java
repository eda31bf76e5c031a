package nl.tafelwerk.scenarios;

/** What an amount is: a cost, a benefit, or the budget the costs are held against (escalation at > 10 % over). */
public enum MoneyFlow {
    COST, BENEFIT, BUDGET;

    public String messageKey() {
        return "scenario.money.flow." + name();
    }
}
