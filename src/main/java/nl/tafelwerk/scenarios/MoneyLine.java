package nl.tafelwerk.scenarios;

import java.math.BigDecimal;

/** An amount in euros for one party in one year (and after it, when recurring). */
public record MoneyLine(String id, int year, String party, MoneyFlow flow, MoneyCategory category, Recurrence recurrence,
                        BigDecimal amount, String description) {
}
