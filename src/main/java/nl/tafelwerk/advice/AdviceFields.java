package nl.tafelwerk.advice;

import nl.tafelwerk.shared.FieldCatalogue;

/**
 * The co-edited sections of an advice, listed once (DD012): the history of a save, the editor's unsaved check and
 * its conflict dialog walk this list. A field's name is {@link AdviceSection#field()}.
 */
public final class AdviceFields {

    public static final FieldCatalogue<AdviceDraft> CATALOGUE;

    static {
        FieldCatalogue.Builder<AdviceDraft> builder = FieldCatalogue.builder();
        for (AdviceSection section : AdviceSection.values()) {
            builder.field(section.field(), section.labelKey(), d -> d.text(section));
        }
        CATALOGUE = builder.build();
    }

    private AdviceFields() {
    }
}
