package nl.tafelwerk.scenarios;

import org.jspecify.annotations.Nullable;

/**
 * One line of a scenario's risk register (000's columns plus 004's escalation line). Kans, impact and
 * the source's own prio are kept as written; the normalised levels and the computed prio are derived.
 * {@code fromTable} names the table-wide risk it was taken from.
 */
public record ScenarioRisk(String id, String nr, String risk, String kansWritten, String impactWritten,
                           @Nullable String prioWritten, String mitigation, String owner, String escalation,
                           @Nullable String fromTable) {

    public RiskLevel kans() {
        return RiskLevel.parse(kansWritten).orElseThrow();
    }

    public RiskLevel impact() {
        return RiskLevel.parse(impactWritten).orElseThrow();
    }

    public RiskLevel prio() {
        return RiskLevel.prio(kans(), impact());
    }
}
