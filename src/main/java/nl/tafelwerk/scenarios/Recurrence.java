package nl.tafelwerk.scenarios;

/** One-off: only in its year. Recurring: every year from its year to the scenario's last year. */
public enum Recurrence {
    ONE_OFF, RECURRING;

    public String messageKey() {
        return "scenario.money.recurrence." + name();
    }
}
