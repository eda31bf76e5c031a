package nl.tafelwerk.agenda.ui;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.tafelwerk.agenda.Urgentie;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukBron;
import nl.tafelwerk.agenda.VraagstukDraft;
import nl.tafelwerk.agenda.VraagstukFields;
import nl.tafelwerk.agenda.VraagstukType;
import nl.tafelwerk.shared.FieldCatalogue;
import org.jspecify.annotations.Nullable;

/** The co-edited values of the vraagstuk editor; a public bean because the form binds by property name. */
public class VraagstukForm {

    /** The vraagstuk's one field list ({@link VraagstukFields}), read from the form's values. */
    static final FieldCatalogue<VraagstukForm> FIELDS = VraagstukFields.CATALOGUE.readFrom(form -> form.toDraft(0));

    private String title = "";
    private @Nullable VraagstukType type;
    private @Nullable VraagstukBron source;
    private String description = "";
    private String rationale = "";
    private @Nullable Urgentie urgency;
    private @Nullable String submittedBySector;
    private Set<String> affectedSectors = new LinkedHashSet<>();
    private Set<String> bouwstenen = new LinkedHashSet<>();
    private @Nullable String gremiumCode;
    private String workingGroup = "";
    private String owner = "";
    private @Nullable LocalDate nextMeeting;

    static VraagstukForm of(Vraagstuk v) {
        VraagstukForm f = new VraagstukForm();
        f.title = v.title();
        f.type = v.type();
        f.source = v.source();
        f.description = v.description() == null ? "" : v.description();
        f.rationale = v.rationale() == null ? "" : v.rationale();
        f.urgency = v.urgency();
        f.submittedBySector = v.submittedBySector();
        f.affectedSectors = new LinkedHashSet<>(v.affectedSectors());
        f.bouwstenen = new LinkedHashSet<>(v.bouwstenen());
        f.gremiumCode = v.gremiumCode();
        f.workingGroup = v.workingGroup() == null ? "" : v.workingGroup();
        f.owner = v.owner() == null ? "" : v.owner();
        f.nextMeeting = v.nextMeeting();
        return f;
    }

    VraagstukDraft toDraft(long baseVersion) {
        return new VraagstukDraft(title, type, source, description, rationale, urgency, submittedBySector,
                affectedSectors, bouwstenen, gremiumCode, workingGroup, owner, nextMeeting, baseVersion);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable VraagstukType getType() { return type; }
    public void setType(@Nullable VraagstukType type) { this.type = type; }
    public @Nullable VraagstukBron getSource() { return source; }
    public void setSource(@Nullable VraagstukBron source) { this.source = source; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public @Nullable Urgentie getUrgency() { return urgency; }
    public void setUrgency(@Nullable Urgentie urgency) { this.urgency = urgency; }
    public @Nullable String getSubmittedBySector() { return submittedBySector; }
    public void setSubmittedBySector(@Nullable String submittedBySector) { this.submittedBySector = submittedBySector; }
    public Set<String> getAffectedSectors() { return affectedSectors; }
    public void setAffectedSectors(Set<String> affectedSectors) { this.affectedSectors = affectedSectors; }
    public Set<String> getBouwstenen() { return bouwstenen; }
    public void setBouwstenen(Set<String> bouwstenen) { this.bouwstenen = bouwstenen; }
    public @Nullable String getGremiumCode() { return gremiumCode; }
    public void setGremiumCode(@Nullable String gremiumCode) { this.gremiumCode = gremiumCode; }
    public String getWorkingGroup() { return workingGroup; }
    public void setWorkingGroup(String workingGroup) { this.workingGroup = workingGroup; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public @Nullable LocalDate getNextMeeting() { return nextMeeting; }
    public void setNextMeeting(@Nullable LocalDate nextMeeting) { this.nextMeeting = nextMeeting; }
}
