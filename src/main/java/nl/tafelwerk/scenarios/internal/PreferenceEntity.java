package nl.tafelwerk.scenarios.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.tafelwerk.scenarios.Preference;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "scenario_preference")
public class PreferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "vraagstuk_code")
    private String vraagstukCode = "";
    private String party = "";
    @Column(name = "scenario_code")
    private String scenarioCode = "";
    private String rationale = "";
    @Column(name = "recorded_by")
    private String recordedBy = "";
    @Column(name = "recorded_at")
    private Instant recordedAt = Instant.EPOCH;

    protected PreferenceEntity() {
    }

    public PreferenceEntity(String vraagstukCode, String party) {
        this.vraagstukCode = vraagstukCode;
        this.party = party;
    }

    public void record(String scenario, String why, String by, Instant at) {
        scenarioCode = scenario;
        rationale = why;
        recordedBy = by;
        recordedAt = at;
    }

    public Preference toPreference() {
        return new Preference(vraagstukCode, party, scenarioCode, rationale, recordedBy, recordedAt);
    }
}
