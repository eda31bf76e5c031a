package nl.tafelwerk.assessment;

import nl.tafelwerk.shared.FieldCatalogue;

/**
 * The editable fields of the framework draft, listed once: the service's history, the editor's "unsaved
 * changes" check and its conflict dialog all walk these lists. A field's name is the property the editor
 * binds; a {@link nl.tafelwerk.shared.DomainException} about a row names {@code gates.<key>.<field>} or
 * {@code criteria.<key>.<field>}.
 */
public final class FrameworkDraftFields {

    /** The draft's own fields (the rows are co-edited each on a topic of their own). */
    public static final FieldCatalogue<FrameworkDraft> DRAFT = FieldCatalogue.<FrameworkDraft>builder()
            .field("legalObligationBoost", "framework.field.legalObligationBoost", FrameworkDraft::legalObligationBoost)
            .field("perDependentBoost", "framework.field.perDependentBoost", FrameworkDraft::perDependentBoost)
            .build();

    public static final FieldCatalogue<FrameworkDraft.Gate> GATE = FieldCatalogue.<FrameworkDraft.Gate>builder()
            .field("code", "framework.field.code", FrameworkDraft.Gate::code)
            .field("name", "framework.field.name", FrameworkDraft.Gate::name)
            .field("description", "framework.field.description", FrameworkDraft.Gate::description)
            .build();

    public static final FieldCatalogue<FrameworkDraft.Criterion> CRITERION = FieldCatalogue.<FrameworkDraft.Criterion>builder()
            .field("code", "framework.field.code", FrameworkDraft.Criterion::code)
            .field("name", "framework.field.name", FrameworkDraft.Criterion::name)
            .field("description", "framework.field.description", FrameworkDraft.Criterion::description)
            .field("scale", "framework.field.scale", FrameworkDraft.Criterion::scale)
            .field("weight", "framework.field.weight", FrameworkDraft.Criterion::weight)
            .labelled("part", "framework.field.part", FrameworkDraft.Criterion::part, "assessment.wsjf.")
            .build();

    private FrameworkDraftFields() {
    }
}
