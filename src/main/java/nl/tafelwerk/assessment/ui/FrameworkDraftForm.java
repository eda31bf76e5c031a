package nl.tafelwerk.assessment.ui;

import java.time.Instant;
import java.util.List;
import nl.tafelwerk.assessment.FrameworkDraft;
import nl.tafelwerk.assessment.FrameworkDraftFields;
import nl.tafelwerk.shared.EditableField;
import nl.tafelwerk.shared.FieldCatalogue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The co-edited values of the draft's own fields (the boosts); a public bean because the form binds by name. */
public class FrameworkDraftForm {

    /**
     * The draft's one field list ({@link FrameworkDraftFields#DRAFT}: names and labels), read as the text the fields
     * hold: the editor compares a field's value with this, and the boosts are typed as text ("0,5").
     */
    static final FieldCatalogue<FrameworkDraftForm> FIELDS = FieldCatalogue.<FrameworkDraftForm>builder()
            .add(asTyped("legalObligationBoost", FrameworkDraftForm::getLegalObligationBoost))
            .add(asTyped("perDependentBoost", FrameworkDraftForm::getPerDependentBoost))
            .build();

    private static EditableField<FrameworkDraftForm> asTyped(String name, Function<FrameworkDraftForm, @Nullable Object> reader) {
        EditableField<FrameworkDraft> field = FrameworkDraftFields.DRAFT.field(name).orElseThrow();
        return new EditableField<>(name, field.labelKey(), reader, field.valueKeyPrefix());
    }

    private String legalObligationBoost = "";
    private String perDependentBoost = "";

    static FrameworkDraftForm of(FrameworkDraft draft) {
        FrameworkDraftForm form = new FrameworkDraftForm();
        form.setLegalObligationBoost(FrameworkNumbers.show(draft.legalObligationBoost()));
        form.setPerDependentBoost(FrameworkNumbers.show(draft.perDependentBoost()));
        return form;
    }

    FrameworkDraft toDraft() {
        return new FrameworkDraft(0, null, FrameworkNumbers.parse(legalObligationBoost), FrameworkNumbers.parse(perDependentBoost),
                List.of(), List.of(), "", Instant.EPOCH);
    }

    public String getLegalObligationBoost() {
        return legalObligationBoost;
    }

    public void setLegalObligationBoost(String legalObligationBoost) {
        this.legalObligationBoost = legalObligationBoost;
    }

    public String getPerDependentBoost() {
        return perDependentBoost;
    }

    public void setPerDependentBoost(String perDependentBoost) {
        this.perDependentBoost = perDependentBoost;
    }
}
